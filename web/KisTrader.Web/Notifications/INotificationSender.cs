using KisTrader.Web.Relay;

namespace KisTrader.Web.Notifications;

/// <summary>One notification channel's delivery (one attempt; the channel retries).</summary>
internal interface INotificationSender
{
    /// <summary>Channel name for logs and metrics (webhook host or telegram: never a secret).</summary>
    string Name { get; }

    /// <summary>Sends one attempt; throws <see cref="NotificationRefusedException"/> when retrying cannot help.</summary>
    Task SendAsync(EventMessage message, CancellationToken cancellationToken);
}
