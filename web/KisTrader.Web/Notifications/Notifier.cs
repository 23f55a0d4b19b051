using System.Collections.Immutable;
using KisTrader.Web.Alerts;
using KisTrader.Web.Relay;

namespace KisTrader.Web.Notifications;

/// <summary>
/// The configured channels (webhooks, Telegram); <see cref="Publish"/> offers an event to each (never waits) and the
/// background service runs their senders.
/// </summary>
internal sealed class Notifier : BackgroundService
{
    public Notifier(IHttpClientFactory http, NotificationOptions options, TimeProvider time, ILogger<Notifier> logger)
    {
        var channels = new List<NotificationChannel>();
        foreach (var hook in options.Webhooks)
        {
            Add(new WebhookSender(http.CreateClient(HttpClientName), hook.Url!), hook.Categories);
        }

        if (options.Telegram.Enabled)
        {
            Add(new TelegramSender(http.CreateClient(HttpClientName), options.Telegram), options.Telegram.Categories);
        }

        Channels = [.. channels];

        void Add(INotificationSender sender, string categories)
        {
            // Back-off and attempt timeouts on wall time, whatever the trading clock.
            channels.Add(new NotificationChannel(sender, Categories(categories), options, Clock.WallClock.Of(time), logger));
            NotificationLog.Configured(logger, sender.Name, string.IsNullOrWhiteSpace(categories) ? "every category" : categories);
        }
    }

    /// <summary>The client's name: no request logging (a Telegram URL holds the bot token).</summary>
    public const string HttpClientName = "notifications";

    public ImmutableArray<NotificationChannel> Channels { get; }

    /// <summary>Offers <paramref name="message"/> to every channel of its category; never waits.</summary>
    public void Publish(EventMessage message)
    {
        foreach (var channel in Channels)
        {
            channel.Offer(message);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Channels.Select(c => Task.Run(() => c.RunAsync(stoppingToken), CancellationToken.None)));

    /// <summary>Comma-separated category names (validated at start); empty = every category.</summary>
    /// <exception cref="ArgumentException">A name is not a category.</exception>
    public static ImmutableHashSet<AlertCategory> Categories(string names)
    {
        var set = ImmutableHashSet.CreateBuilder<AlertCategory>();
        foreach (var name in (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            set.Add(AlertCategories.TryParse(name, out var category)
                ? category
                : throw new ArgumentException($"'{name}' is not an alert category (signals, orders, fills, exits, risk, errors, system)", nameof(names)));
        }

        return set.ToImmutable();
    }
}
