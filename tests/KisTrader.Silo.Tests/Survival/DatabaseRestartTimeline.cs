using KisTrader.GrainInterfaces;
using KisTrader.Survival;
using Npgsql;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// The database-restart run's timeline on the cluster's clock (simulated KST; scenario A, see <see cref="AfterHoursKillRun"/>):
/// 120× from 15:29 until the after-hours board starts, a jump to 15:59:30, the 16:00 checkpoint (empty: the threshold
/// drops to 1.5 %); at 16:10 the clock pauses, the server stops, the clock runs on at 120×; the 16:30 checkpoint decides
/// 900100's buy with the database down; at 16:40 the clock pauses again, the simulator's accepted orders are read, the
/// server starts and the clock runs on at 300× (the front end must answer ready again, the buy go out once, the 17:00
/// checkpoint buy the rest); after the board's 18:00 end and the 18:05 reconciliation a jump to Day 2 08:55, 600× to
/// 15:05 and 120× over the close, until the session's <see cref="SessionClosed"/> is journaled; then the clock pauses.
/// Every wait is for the event, bounded by <see cref="Patience"/>.
/// </summary>
internal static class DatabaseRestartTimeline
{
    public const string Board = "After-hours 2026-11-23";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    /// <summary>What the run saw; instants on the cluster's stopwatch.</summary>
    /// <param name="StoppedAt">When the server had stopped.</param>
    /// <param name="RestartedAt">When it was started again (just before the start).</param>
    /// <param name="AcceptedAtStop">The simulator's accepted orders when the server stopped.</param>
    /// <param name="AcceptedAtRestart">And when it started again.</param>
    /// <param name="FrontEndReadyAgainAt">When the front end answered /health/ready again after the restart.</param>
    /// <param name="SessionClosed">Day 1's session closed event, read from the journal.</param>
    internal sealed record Observed(TimeSpan StoppedAt, TimeSpan RestartedAt, long AcceptedAtStop, long AcceptedAtRestart, TimeSpan FrontEndReadyAgainAt, SessionClosed SessionClosed);

    public static async Task<Observed> RunAsync(SurvivalCluster cluster, DatabaseRestartServer server, string connectionString, CancellationToken ct)
    {
        var sim = cluster.Simulator;
        var silo = cluster.Silos.Single();
        var frontEnd = cluster.FrontEnd!;
        await sim.SetClockAsync(ct, speed: 120m, paused: false);
        await silo.WaitForAsync($"{Board}: started with", Patience, ct);
        await cluster.JumpAsync(At(DatabaseRestartRunFixture.Day, 15, 59, 30), ct);
        await silo.WaitForAsync($"{Board} 16:00:", Patience, ct);
        await cluster.WaitForClockAsync(At(DatabaseRestartRunFixture.Day, 16, 10, 0), Patience, ct);

        await sim.SetClockAsync(ct, paused: true);
        var acceptedAtStop = await sim.AcceptedOrdersAsync(ct);
        await server.StopServerAsync();
        var stoppedAt = cluster.Run.Elapsed;
        cluster.Note($"server stopped at {await sim.NowAsync(ct):HH:mm:ss} KST; {acceptedAtStop} orders accepted so far");
        await sim.SetClockAsync(ct, paused: false);
        await cluster.WaitForClockAsync(At(DatabaseRestartRunFixture.Day, 16, 40, 0), Patience, ct);
        await sim.SetClockAsync(ct, paused: true);
        // The 16:30 checkpoint's buy was tried (and failed) while the server was down; its line is there by now.
        await silo.WaitForAsync($"{Board}: handing ", Patience, ct, after: stoppedAt);

        var acceptedAtRestart = await sim.AcceptedOrdersAsync(ct);
        var restartedAt = cluster.Run.Elapsed;
        await server.StartServerAsync();
        // The test process's own pooled connections died with the server too.
        NpgsqlConnection.ClearAllPools();
        cluster.Note($"server started again; {acceptedAtRestart} orders accepted while it was down or before");
        await sim.SetClockAsync(ct, speed: 300m, paused: false);
        var readyAgain = await ReadyAgainAsync(cluster, frontEnd, ct);

        await silo.WaitForAsync($"{Board}: session over", Patience, ct, after: restartedAt);
        await cluster.WaitForClockAsync(At(DatabaseRestartRunFixture.Day, 18, 6, 0), Patience, ct);
        await cluster.JumpAsync(At(DatabaseRestartRunFixture.ExitDay, 8, 55, 0), ct);
        await sim.SetClockAsync(ct, speed: 600m);
        await cluster.WaitForClockAsync(At(DatabaseRestartRunFixture.ExitDay, 15, 5, 0), Patience, ct);
        // The close (forced exit 15:20, market 15:25, closing auction 15:30) slower.
        await sim.SetClockAsync(ct, speed: 120m);
        var closed = await DatabaseRestartJournal.WaitForSessionClosedAsync(cluster, connectionString, DatabaseRestartRunFixture.Day, Patience, ct);
        await sim.SetClockAsync(ct, paused: true);
        cluster.Note($"session {closed.TradingDate:yyyy-MM-dd} closed: {closed.Trades} trades, net {closed.TotalNetPnL:#,0} won");
        return new Observed(stoppedAt, restartedAt, acceptedAtStop, acceptedAtRestart, readyAgain, closed);
    }

    private static async Task<TimeSpan> ReadyAgainAsync(SurvivalCluster cluster, FrontEndProcess frontEnd, CancellationToken ct)
    {
        var deadline = cluster.Run.Elapsed + Patience;
        while (!await frontEnd.ReadyAsync(ct))
        {
            if (cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"the front end did not answer /health/ready within {Patience.TotalSeconds:0} s of the restart");
            }

            await Task.Delay(250, ct);
        }

        cluster.Note("front end ready again");
        return cluster.Run.Elapsed;
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute, int second) => new(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(9));
}
