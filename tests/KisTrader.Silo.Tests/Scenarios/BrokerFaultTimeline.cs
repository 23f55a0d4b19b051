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
/// a jump to Day 2 08:55, 300× except 5× over each exit and 1× while its sell is in flight (10:00 take profit, 11:00
/// stop, 13:10 partial, 15:00 flat range, the 15:20 forced exit and its 15:25 conversion: <see cref="SlowOverAsync"/>),
/// then 120× through the 15:30 closing auction until Day 1's <see cref="SessionClosed"/> is journaled; then the clock
/// pauses. Every wait is for the event, bounded by <see cref="Patience"/>. The faults' own delays are wall time (a
/// timed-out call costs the KIS client's 2–3 s, minutes of simulated time at 120×–300×); away from the exits the
/// scenario's prices hold for longer than that around every decision.
/// </summary>
internal static partial class BrokerFaultTimeline
{
    private const string Board = "After-hours 2026-11-23";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);
    private const decimal Fast = 300m;
    private const decimal Exit = 5m;
    private const decimal InFlight = 1m;
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
        foreach (var (hour, minute) in new[] { (10, 0), (11, 0), (13, 10), (15, 0), (15, 20) })
        {
            await SlowOverAsync(cluster, connectionString, At(Day2, hour, minute, 0), SellsInFlight.UntilAtTheBroker, ct);
        }

        await SlowOverAsync(cluster, connectionString, At(Day2, 15, 25, 0), SellsInFlight.UntilConverted, ct);
        await sim.SetClockAsync(ct, speed: 120m);
        var closed = await DatabaseRestartJournal.WaitForSessionClosedAsync(cluster, connectionString, ScenarioRunReader.Day, Patience, ct);
        await sim.SetClockAsync(ct, paused: true);
        cluster.Note($"session {closed.TradingDate:yyyy-MM-dd} closed: {closed.Trades} trades, net {closed.TotalNetPnL:#,0} won");
        return closed;
    }

    // Over each exit the clock runs at 5× while no sell is in flight and at 1× while one is, read from the run's journal
    // every 100 ms; done at 50 s after the instant with none in flight. Why: a faulted call costs wall seconds (a timed-out
    // POST 3 s, an EGW00201 burst the budget's pauses and the order grain's retries, a stuck gate query Orleans' 30-s call
    // timeout), which at 5× (let alone 120× or 300×) are simulated seconds to minutes — a loaded machine's latency, not the
    // product, would then decide whether a limit sell reaches the broker before its conversion 30 simulated seconds after
    // it was placed, whether the 15:20 forced exit is there by the 15:25 deadline, and when (at which price) the 15:25
    // conversion goes out. "In flight" (<see cref="SellsInFlight"/>): a sell placed and not yet at the broker (at a print
    // and at 15:20), or at 15:25 not yet converted to market. Once at the broker a sell's fill is the simulator's (in
    // simulated time) and its notice milliseconds away; a notice lost to a WebSocket drop is learnt by the conversion's
    // APBK0991 "nothing left", the same in simulated time at any speed. Still a moving clock, never a pause: the order
    // grain's own retries and the position's wakes run on it. Reached at 300× (from 3 simulated minutes before, whatever
    // the poll overshoots), jumped to 10 s before.
    private static async Task SlowOverAsync(SurvivalCluster cluster, string connectionString, DateTimeOffset instant, SellsInFlight until, CancellationToken ct)
    {
        await cluster.WaitForClockAsync(instant.AddMinutes(-3), Patience, ct);
        var from = instant.AddSeconds(-10);
        var sim = cluster.Simulator;
        await sim.SetClockAsync(ct, to: await sim.NowAsync(ct) < from ? from : null, speed: Exit);
        var speed = Exit;
        var slowed = TimeSpan.Zero;
        var deadline = cluster.Run.Elapsed + Patience;
        while (true)
        {
            var inFlight = await BrokerFaultJournal.SellsInFlightAsync(connectionString, until);
            if (inFlight == 0 && await sim.NowAsync(ct) >= instant.AddSeconds(50))
            {
                break;
            }

            var wanted = inFlight > 0 ? InFlight : Exit;
            if (wanted != speed)
            {
                await sim.SetClockAsync(ct, speed: wanted);
                speed = wanted;
            }

            if (cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"the exit at {instant:HH:mm} not done within {Patience.TotalSeconds:0} s ({inFlight} sell(s) in flight)\n{cluster.Tails()}");
            }

            await Task.Delay(100, ct);
            slowed += speed == InFlight ? TimeSpan.FromMilliseconds(100) : TimeSpan.Zero;
        }

        await sim.SetClockAsync(ct, speed: Fast);
        cluster.Note($"exit at {instant:HH:mm} ({until}): done at {await sim.NowAsync(ct):HH:mm:ss}, ~{slowed.TotalSeconds:0.0} s of wall time at {InFlight}× with a sell in flight");
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

    private static DateTimeOffset At(DateOnly day, int hour, int minute, int second) => new(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(9));
}
