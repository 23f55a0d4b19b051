using System.Text.RegularExpressions;
using KisTrader.Kis.Models;

namespace KisTrader.Survival;

/// <summary>
/// Survival test 2: a silo killed during the Day-2 exits. Scenario A again (<see cref="AfterHoursKillRun"/>): Day 1
/// (Mon 2026-11-23) buys 900100, 900110, 900200 and 900230 after hours with both silos alive; the cluster's clock then
/// jumps over the night (17:59:30 → after the 18:05 reconciliation → Day 2 08:55) and runs Day 2 at 300× to the kill,
/// 600× after the survivor took over, 120× from 15:05 over the close. Day 2's
/// scripted prints make every rule fire: 900100 takes profit on the 10:00 print, 900200 stops on the 11:00 print, 900110
/// sells half at +3 % after 13:00 and the rest at the 15:20 forced exit (converted to market at 15:25, filled in the
/// 15:30 closing auction), 900230 exits in the flat range at 15:00. The silo whose position decides the first exit (the
/// 10:00 take profit) is killed (SIGKILL) at once: that position, its sell order and whatever else it hosted come back on
/// the survivor (their reminders), and every position must still leave by its rule by 15:30 with no exit order twice.
/// </summary>
internal static partial class ExitDayKillRun
{
    public static readonly DateOnly Day1 = new(2026, 11, 23);
    public static readonly DateOnly Day2 = new(2026, 11, 24);
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [GeneratedRegex(@"Position 2026-11-23/(\d{6}): (\w+) sells (\d+)")]
    private static partial Regex ExitLine();

    [GeneratedRegex(@"Position 2026-11-23/(\d{6}): closed")]
    private static partial Regex ClosedLine();

    public static async Task<ExitDayKillResult> RunAsync(SurvivalCluster cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var sim = cluster.Simulator;
        await sim.SetClockAsync(cancellationToken, speed: 120m, paused: false);
        cluster.Note("Day 1: clock running at 120× from 15:29 KST; waiting for the after-hours board");
        await cluster.WaitForAnySiloAsync("After-hours 2026-11-23: started with", Patience, cancellationToken);
        await cluster.JumpAsync(At(Day1, 15, 59, 30), cancellationToken);
        await sim.SetClockAsync(cancellationToken, speed: 300m);
        await WaitForCountAsync(cluster, ": open, ", AfterHoursKillRun.Signalling.Length, "four positions open (their buys filled)", cancellationToken);
        await cluster.JumpAsync(At(Day1, 17, 59, 30), cancellationToken);
        await cluster.WaitForAnySiloAsync("After-hours 2026-11-23: session over", Patience, cancellationToken);
        await cluster.WaitForClockAsync(At(Day1, 18, 6, 0), Patience, cancellationToken);
        await cluster.JumpAsync(At(Day2, 8, 55, 0), cancellationToken);
        cluster.Note("Day 2: 08:55 at 300×; waiting for the first exit decision");

        var first = await cluster.WaitForAnySiloAsync("Position 2026-11-23/900100: TakeProfit sells", Patience, cancellationToken);
        first.Kill();
        var killedAt = first.KilledAt!.Value;
        var survivor = cluster.Silos.Single(s => s != first);
        cluster.Note($"killed {first.Name} (pid {first.Id}) right after its 10:00 take-profit decision; {survivor.Name} survives");
        var decision = await survivor.WaitForAsync("Position 2026-11-23/", Patience, cancellationToken, after: killedAt);
        cluster.Note($"{survivor.Name}'s first position line {(decision.At - killedAt).TotalSeconds:0.0} s after the kill: {decision.Line.Trim()}");

        // The rest of the morning and the early afternoon quicker; the close (forced exit 15:20, market 15:25, closing
        // auction 15:30) slower, so a starved machine's stall of a second or two cannot push an exit past the close.
        await sim.SetClockAsync(cancellationToken, speed: 600m);
        await cluster.WaitForClockAsync(At(Day2, 15, 5, 0), Patience, cancellationToken);
        await sim.SetClockAsync(cancellationToken, speed: 120m);
        cluster.Note("Day 2: 15:05, slowed to 120× for the close");
        await cluster.WaitForClockAsync(At(Day2, 15, 31, 0), Patience, cancellationToken);
        // Every position reports its close (the last fills are the 15:30 closing auction's).
        await WaitForCountAsync(cluster, ": closed, net P&L", AfterHoursKillRun.Signalling.Length, "four positions closed", cancellationToken, survivorOnlyAfter: (survivor, killedAt), killed: first);

        var day1 = await cluster.BrokerOrdersAsync(Day1, Day1, cancellationToken);
        var day2 = await cluster.BrokerOrdersAsync(Day2, Day2, cancellationToken);
        var logs = string.Join('\n', cluster.Silos.Select(s => s.Output));
        var reasons = ExitLine().Matches(logs).GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Groups[2].Value).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var closed = ClosedLine().Matches(logs).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ExitDayKillResult(
            first.Name, decision.At - killedAt, [.. day1.Where(o => o.Side == OrderSide.Buy)], [.. day2.Where(o => o.Side == OrderSide.Sell)], reasons, closed);
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute, int second) => new(day.ToDateTime(new TimeOnly(hour, minute, second)), Kst);

    // Lines across the silos (each symbol once); after a kill the killed silo's lines count only up to the kill.
    private static async Task WaitForCountAsync(
        SurvivalCluster cluster, string text, int count, string what, CancellationToken cancellationToken,
        (ClusterProcess Silo, TimeSpan After)? survivorOnlyAfter = null, ClusterProcess? killed = null)
    {
        var deadline = cluster.Run.Elapsed + Patience;
        while (true)
        {
            var lines = cluster.Silos.SelectMany(s => s.Output.Split('\n')).Where(l => l.Contains(text, StringComparison.Ordinal));
            var symbols = lines.Select(l => Regex.Match(l, @"2026-11-23/(\d{6})").Groups[1].Value).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Count();
            if (symbols >= count)
            {
                return;
            }

            if (survivorOnlyAfter is { } s && s.Silo.HasExited || cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"{what}: {symbols} of {count} within {Patience.TotalSeconds:0} s (killed: {killed?.Name ?? "none"})\n{cluster.Tails()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
