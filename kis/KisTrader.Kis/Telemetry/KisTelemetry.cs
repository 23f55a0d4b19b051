using System.Diagnostics;
using System.Diagnostics.Metrics;
using KisTrader.Kis.RateLimiting;

namespace KisTrader.Kis.Telemetry;

/// <summary>
/// The KIS client's telemetry: the meter <see cref="MeterName"/> (the REST budget's use) and the activity source
/// <see cref="ActivitySourceName"/> (one <c>kis {endpoint}</c> span per REST attempt, the HTTP span under it). Tags never
/// carry a key, token, account number or query. Nothing is recorded while no listener is attached.
/// </summary>
public static class KisTelemetry
{
    /// <summary>The meter's and the activity source's name.</summary>
    public const string MeterName = "KisTrader.Kis";

    /// <summary>The activity source's name.</summary>
    public const string ActivitySourceName = "KisTrader.Kis";

    /// <summary>Counter (requests): a REST request that took a permit of the budget; tags <c>lane</c>, <c>endpoint</c>.</summary>
    public const string Requests = "kistrader.kis.requests";

    /// <summary>Histogram (ms): the wait for a permit of the budget; tag <c>lane</c>.</summary>
    public const string PermitWait = "kistrader.kis.permit_wait";

    /// <summary>Counter: KIS answered EGW00201 (over its rate); the budget backs off.</summary>
    public const string RateLimited = "kistrader.kis.rate_limited";

    /// <summary>Gauge (requests per window): the budget of the app key in use (rate-budget use = rate of requests ÷ this).</summary>
    public const string BudgetPermits = "kistrader.kis.budget_permits_per_window";

    internal static readonly ActivitySource Source = new(ActivitySourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> RequestCount = Meter.CreateCounter<long>(Requests, "{request}", "KIS REST requests sent with a permit of the budget");
    private static readonly Histogram<double> Wait = Meter.CreateHistogram<double>(PermitWait, "ms", "wait for a permit of the KIS REST budget");
    private static readonly Counter<long> Limited = Meter.CreateCounter<long>(RateLimited, "{answer}", "EGW00201 answers (KIS rate limit hit)");
    private static int _budget;

    static KisTelemetry() =>
        Meter.CreateObservableGauge(BudgetPermits, () => Volatile.Read(ref _budget), "{request}", "KIS REST requests per window of the app key's budget");

    internal static void Budget(KisBudget budget) => Volatile.Write(ref _budget, budget.PermitsPerWindow);

    internal static long WaitStarting() => Wait.Enabled || RequestCount.Enabled ? Stopwatch.GetTimestamp() : 0;

    internal static void Permitted(long started, KisLane lane, string endpoint)
    {
        if (started == 0)
        {
            return;
        }

        var laneTag = new KeyValuePair<string, object?>("lane", lane.ToString());
        Wait.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, laneTag);
        RequestCount.Add(1, laneTag, new KeyValuePair<string, object?>("endpoint", endpoint));
    }

    internal static void RateLimitHit() => Limited.Add(1);
}
