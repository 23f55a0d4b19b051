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
/// a jump to Day 2 08:55, 300× to 15:05 and 120× over the close (forced exit 15:20, market 15:25, closing auction
/// 15:30) until Day 1's <see cref="SessionClosed"/> is journaled; then the clock pauses. Every wait is for the event,
/// bounded by <see cref="Patience"/>. The faults' own delays are wall time (a timed-out call costs the KIS client's 2–3 s,
/// 4–15 simulated minutes at these speeds); the scenario's prices hold for longer than that around every decision.
/// </summary>
internal static partial class BrokerFaultTimeline
{
    private const string Board = "After-hours 2026-11-23";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);
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
        await sim.SetClockAsync(ct, speed: 300m);
        cluster.Note("Day 2: 08:55 at 300×");
        await cluster.WaitForClockAsync(At(Day2, 15, 5, 0), Patience, ct);
        await sim.SetClockAsync(ct, speed: 120m);
        var closed = await SessionClosedAsync(cluster, connectionString, ct);
        await sim.SetClockAsync(ct, paused: true);
        cluster.Note($"session {closed.TradingDate:yyyy-MM-dd} closed: {closed.Trades} trades, net {closed.TotalNetPnL:#,0} won");
        return closed;
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
