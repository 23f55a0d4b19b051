using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Tests.Survival;
using KisTrader.Survival;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// One broker-fault run's timeline on its cluster's clock (simulated KST; scenario A, the same for the fault-free and the
/// faulted run, see <see cref="ScenarioATests"/> for what it decides): 120× from 15:29 through the 15:30 screen until the
/// after-hours board starts; a jump to 15:59:30; 120× over the checkpoints (16:00, 16:30, 17:00) until the four bought
/// positions are open (the 17:10 auction); a jump to 17:59:30, the board's end at 18:00 and the 18:05 reconciliation;
/// a jump to Day 2 08:55, 300× to 15:05 except 5× over each exit at a print (10:00 take profit, 11:00 stop, 13:10 partial,
/// 15:00 flat range: <see cref="SlowOverAsync"/>) and 120× over the close (forced exit 15:20, market 15:25, closing auction
/// 15:30) until Day 1's <see cref="SessionClosed"/> is journaled; then the clock pauses. Every wait is for the event,
/// bounded by <see cref="Patience"/>. The faults' own delays are wall time (a timed-out call costs the KIS client's 2–3 s,
/// 4–15 simulated minutes at these speeds); the scenario's prices hold for longer than that around every decision.
/// </summary>
internal static partial class BrokerFaultTimeline
{
    private const string Board = "After-hours 2026-11-23";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);
    private const decimal Fast = 300m;
    private const decimal Exit = 5m;
    private static readonly DateOnly Day2 = new(2026, 11, 24);

    [GeneratedRegex(@"Position 2026-11-23/(\d{6}): open, ")]
    private static partial Regex OpenLine();

    public static async Task<SessionClosed> RunAsync(SurvivalCluster cluster, string connectionString, CancellationToken ct)
    {
        var sim = cluster.Simulator;
        var silo = cluster.Silos.Single();
        await sim.SetClockAsync(ct, speed: 120m, paused: false);
        await silo.WaitForAsync($"{Board}: started with", Patience, ct);
        await cluster.JumpAsync(At(ScenarioRunReader.Day, 15, 59, 30), ct);
        cluster.Note("Day 1: board started; 15:59:30 at 120× over the checkpoints");
        await WaitForOpenAsync(cluster, AfterHoursKillRun.Signalling.Length, ct);
        await cluster.JumpAsync(At(ScenarioRunReader.Day, 17, 59, 30), ct);
        await silo.WaitForAsync($"{Board}: session over", Patience, ct);
        await cluster.WaitForClockAsync(At(ScenarioRunReader.Day, 18, 6, 0), Patience, ct);
        await cluster.JumpAsync(At(Day2, 8, 55, 0), ct);
        await sim.SetClockAsync(ct, speed: Fast);
        cluster.Note($"Day 2: 08:55 at {Fast}×, {Exit}× over each exit");
        foreach (var exit in new[] { new TimeOnly(10, 0), new TimeOnly(11, 0), new TimeOnly(13, 10), new TimeOnly(15, 0) })
        {
            await SlowOverAsync(cluster, At(Day2, exit.Hour, exit.Minute, 0), ct);
        }

        await cluster.WaitForClockAsync(At(Day2, 15, 5, 0), Patience, ct);
        await sim.SetClockAsync(ct, speed: 120m);
        var closed = await SessionClosedAsync(cluster, connectionString, ct);
        await sim.SetClockAsync(ct, paused: true);
        cluster.Note($"session {closed.TradingDate:yyyy-MM-dd} closed: {closed.Trades} trades, net {closed.TotalNetPnL:#,0} won");
        return closed;
    }

    // The exit at a print: its limit sell is converted to market 30 simulated seconds after it was placed unless its fill
    // is known by then (6 s of wall time at 5×, 0.1 s at 300×: a loaded machine's latency must not decide a conversion).
    // Reached at 300× (from 3 simulated minutes before, whatever the poll overshoots), jumped to 10 s before, 5× to 50 s after.
    private static async Task SlowOverAsync(SurvivalCluster cluster, DateTimeOffset instant, CancellationToken ct)
    {
        await cluster.WaitForClockAsync(instant.AddMinutes(-3), Patience, ct);
        var from = instant.AddSeconds(-10);
        await cluster.Simulator.SetClockAsync(ct, to: await cluster.Simulator.NowAsync(ct) < from ? from : null, speed: Exit);
        await cluster.WaitForClockAsync(instant.AddSeconds(50), Patience, ct);
        await cluster.Simulator.SetClockAsync(ct, speed: Fast);
    }

    private static async Task WaitForOpenAsync(SurvivalCluster cluster, int count, CancellationToken ct)
    {
        var silo = cluster.Silos.Single();
        var deadline = cluster.Run.Elapsed + Patience;
        while (OpenLine().Matches(silo.Output).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count() < count)
        {
            if (silo.HasExited || cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"{count} positions not open within {Patience.TotalSeconds:0} s\n{cluster.Tails()}");
            }

            await Task.Delay(200, ct);
        }
    }

    private static async Task<SessionClosed> SessionClosedAsync(SurvivalCluster cluster, string connectionString, CancellationToken ct)
    {
        var deadline = cluster.Run.Elapsed + Patience;
        while (true)
        {
            if (await DatabaseRestartJournal.SessionClosedAsync(connectionString, ScenarioRunReader.Day) is { } closed)
            {
                return closed;
            }

            if (cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"no SessionClosed for {ScenarioRunReader.Day} in journal.events within {Patience.TotalSeconds:0} s\n{cluster.Tails()}");
            }

            await Task.Delay(500, ct);
        }
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute, int second) => new(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(9));
}
