using KisTrader.Kis.Models;

namespace KisTrader.Survival;

/// <summary>
/// Survival test 1 and the <c>failover</c> benchmark: a silo killed (SIGKILL) while the after-hours board it hosts is
/// deciding the 16:00 checkpoint. Market: scenario A (<c>Scenarios/scenario-a.json</c>, Day 1 Monday 2026-11-23):
/// selected at 15:30 900100, 900200, 900110, 900120, 900210 (backups 900230, …); after hours 900100 reaches +1.70 % from
/// 16:20, 900120 falls −2.02 % at 16:20 (dropped, the backup 900230 watched instead), 900200 +1.68 %, 900110 +1.90 %
/// and 900230 +2.04 % from 16:50, 900210 stays at its close. Whichever checkpoint the survivor resumes at (the missed one
/// only), the threshold (2.0 %, lowered by 0.5 pp after an empty checkpoint to 1.5 %) lets each of 900100, 900110,
/// 900200 and 900230 signal by 17:00, and nothing else: each must be bought exactly once at the broker.
/// </summary>
/// <remarks>
/// Timeline (simulated KST, the cluster's clock at 120×): the silos start with the clock paused at 15:29; the screen at
/// 15:30 starts the board on one silo ("started with"); the clock jumps to 15:59:30; a <c>slow</c> fault holds the first
/// orderable-cash query from 16:00 (the checkpoint's, TTTC8908R) for 5 s of wall time, and the moment the simulator
/// counts it the board's silo is killed — its decision is on the wire, not persisted. The survivor's membership declares
/// the dead silo dead, its reminder service takes over the board's reminder, the board re-activates ("resuming") and
/// decides the missed checkpoint: the measured gap ends at that decision's log line. The run ends at 18:00 ("session over").
/// </remarks>
internal static class AfterHoursKillRun
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    /// <summary>The cluster's clock starts here (paused until the run lets it go).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 15, 29, 0, TimeSpan.FromHours(9));

    /// <summary>The symbols that signal after hours in scenario A.</summary>
    public static readonly string[] Signalling = ["900100", "900110", "900200", "900230"];

    public const decimal Speed = 120m;

    private const string Board = "After-hours 2026-11-23";
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<AfterHoursKillResult> RunAsync(SurvivalCluster cluster, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(progress);
        var sim = cluster.Simulator;
        var fault = await sim.AddFaultAsync(
            """{"kind":"slow","trIds":["TTTC8908R"],"from":"2026-11-23T16:00:00+09:00","count":1,"delay":"00:00:05"}""", cancellationToken);
        await sim.SetClockAsync(cancellationToken, speed: Speed, paused: false);
        progress($"clock running at {Speed}× from {Start:HH:mm} KST; waiting for the 15:30 screen and the after-hours board");

        var host = await cluster.WaitForAnySiloAsync($"{Board}: started with", Patience, cancellationToken);
        var survivor = cluster.Silos.Single(s => s != host);
        var before = new DateTimeOffset(2026, 11, 23, 15, 59, 30, Kst);
        if (await sim.NowAsync(cancellationToken) < before)
        {
            await sim.SetClockAsync(cancellationToken, to: before);
        }

        progress($"board started on {host.Name}; clock at 15:59:30; waiting for the 16:00 decision's cash query");
        var deadline = cluster.Run.Elapsed + Patience;
        while (await sim.FaultHitsAsync(fault, cancellationToken) == 0)
        {
            if (cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"the 16:00 checkpoint's cash query never reached the simulator\n{cluster.Tails()}");
            }

            await Task.Delay(20, cancellationToken);
        }

        host.Kill();
        var killedAt = host.KilledAt!.Value;
        progress($"killed {host.Name} (pid {host.Id}) at {killedAt.TotalSeconds:0.0} s, mid-decision; waiting for {survivor.Name}'s first decision");

        var decision = await survivor.WaitForAsync($"{Board} 1", Patience, cancellationToken, after: killedAt);
        var gap = decision.At - killedAt;
        progress($"{survivor.Name} decided {gap.TotalSeconds:0.0} s after the kill: {decision.Line}");

        var over = await survivor.WaitForAsync($"{Board}: session over", Patience, cancellationToken, after: killedAt);
        progress($"after-hours over: {over.Line}");

        var orders = await cluster.BrokerOrdersAsync(Day, Day, cancellationToken);
        var buys = orders.Where(o => o.Side == OrderSide.Buy).ToList();
        var metrics = await sim.MetricsAsync(cancellationToken);
        return new AfterHoursKillResult(
            host.Name,
            survivor.Name,
            gap,
            decision.Line,
            buys.GroupBy(o => o.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            buys.GroupBy(o => o.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.FilledQuantity), StringComparer.Ordinal),
            metrics.GetProperty("orders").GetProperty("accepted").GetInt64(),
            over.Line);
    }
}
