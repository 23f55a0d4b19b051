using System.Diagnostics.Metrics;

namespace KisTrader.Web.Telemetry;

/// <summary>The front end's metrics (meter <see cref="MeterName"/>): SignalR connections and the notifications' fate.</summary>
public static class WebMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "KisTrader.Web";

    /// <summary>
    /// Observable up-down counter: connections open on <c>/hubs/trading</c>, read at each collection — the absolute count,
    /// not the sum of the opens and closes a listener happened to see since it started (a listener started while
    /// connections were open saw their closes only: the sum went to 0 or below with a client connected).
    /// </summary>
    public const string SignalRConnections = "kistrader.signalr.connections";

    /// <summary>Counter: notifications delivered; tags <c>channel</c> (webhook/telegram), <c>category</c>.</summary>
    public const string NotificationsSent = "kistrader.notifications.sent";

    /// <summary>Counter: notifications given up after their retries or refused for good; tag <c>channel</c>.</summary>
    public const string NotificationsFailed = "kistrader.notifications.failed";

    /// <summary>Counter: notifications dropped (the oldest) because a channel's queue was full; tag <c>channel</c>.</summary>
    public const string NotificationsDropped = "kistrader.notifications.dropped";

    private static long _open;
    private static readonly Meter Meter = CreateMeter();
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>(NotificationsSent, "{notification}", "notifications delivered");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>(NotificationsFailed, "{notification}", "notifications given up");
    private static readonly Counter<long> Dropped = Meter.CreateCounter<long>(NotificationsDropped, "{notification}", "notifications dropped: queue full");

    private static Meter CreateMeter()
    {
        var meter = new Meter(MeterName);
        meter.CreateObservableUpDownCounter(SignalRConnections, () => Interlocked.Read(ref _open), "{connection}", "SignalR connections open");
        return meter;
    }

    internal static void Connected() => Interlocked.Increment(ref _open);

    internal static void Disconnected() => Interlocked.Decrement(ref _open);

    internal static void Delivered(string channel, string category) =>
        Sent.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("category", category));

    internal static void GaveUp(string channel) => Failed.Add(1, new KeyValuePair<string, object?>("channel", channel));

    internal static void Drop(string channel) => Dropped.Add(1, new KeyValuePair<string, object?>("channel", channel));
}
