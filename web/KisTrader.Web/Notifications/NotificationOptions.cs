using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Web.Notifications;

/// <summary>
/// Notifications besides SignalR (section <c>KisTrader:Web:Notifications</c>): JSON webhooks and a Telegram bot, each
/// with its alert categories. Every channel has its own bounded queue and sender: a full queue drops its oldest
/// notification (counted), a slow or failing receiver never delays trading or the other channels.
/// </summary>
public sealed class NotificationOptions
{
    /// <summary>Notifications a channel holds while its receiver is slow or down (default 1,000; then the oldest is dropped).</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Attempts per notification (default 5: the first and 4 retries with exponential back-off and jitter).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay (default 1 s; doubled for each further retry).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's time limit (default 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>JSON webhooks (<c>Webhooks:0:Url</c>, <c>Webhooks:0:Categories</c>, …).</summary>
    [ValidateEnumeratedItems]
    public List<WebhookTarget> Webhooks { get; set; } = [];

    /// <summary>The Telegram bot (off until <c>Telegram:BotToken</c> and <c>Telegram:ChatId</c> are set).</summary>
    public TelegramTarget Telegram { get; set; } = new();
}
