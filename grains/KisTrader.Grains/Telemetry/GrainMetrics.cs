using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KisTrader.Grains.Telemetry;

/// <summary>
/// The grains' metrics besides the orders' (<see cref="Orders.OrderMetrics"/>): the screen's duration (meter
/// <see cref="ScreeningMeterName"/>) and the realtime tick rate (meter <see cref="MarketDataMeterName"/>). Nothing is
/// recorded while no listener is attached; recording never changes what a grain does.
/// </summary>
public static class GrainMetrics
{
    /// <summary>The screening funnel's meter.</summary>
    public const string ScreeningMeterName = "KisTrader.Screening";

    /// <summary>The realtime market data's meter.</summary>
    public const string MarketDataMeterName = "KisTrader.MarketData";

    /// <summary>Histogram (s): one whole funnel run (missing stages + the screen) in wall time; tag <c>outcome</c> (<c>ok</c>/<c>failed</c>).</summary>
    public const string ScreeningDuration = "kistrader.screening.duration";

    /// <summary>Counter (ticks): a realtime market-data event published to its <c>ticks/&lt;symbol&gt;</c> stream; tag <c>tr_id</c>.</summary>
    public const string Ticks = "kistrader.market_data.ticks";

    private static readonly Meter Screening = new(ScreeningMeterName);
    private static readonly Meter MarketData = new(MarketDataMeterName);
    private static readonly Histogram<double> ScreenDuration = Screening.CreateHistogram<double>(ScreeningDuration, "s", "wall time of a screening funnel run");
    private static readonly Counter<long> PublishedTicks = MarketData.CreateCounter<long>(Ticks, "{tick}", "realtime events published to the tick streams");

    /// <summary>The timestamp a screen's duration is measured from (0 when unobserved).</summary>
    internal static long ScreenStarting() => ScreenDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records a funnel run's duration since <paramref name="started"/>.</summary>
    internal static void ScreenFinished(long started, bool ok)
    {
        if (started != 0 && ScreenDuration.Enabled)
        {
            ScreenDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed"));
        }
    }

    /// <summary>Counts one published tick of <paramref name="trId"/>.</summary>
    internal static void TickPublished(string trId)
    {
        if (PublishedTicks.Enabled)
        {
            PublishedTicks.Add(1, new KeyValuePair<string, object?>("tr_id", trId));
        }
    }
}
