using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The default run with a database: the migrations run before the silo starts, grain state, reminders and the journal
/// are on PostgreSQL, and the screen the console printed is the run the journal recorded.
/// </summary>
public sealed class SimulationRunDatabaseTests(DatabaseSimulationRunFixture run) : IClassFixture<DatabaseSimulationRunFixture>
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task WithADatabase_TheRunMigratesFirst_AndJournalsTheScreenItPrinted()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Contains("journal PostgreSQL Host=", run.Output, StringComparison.Ordinal);
        Assert.Contains("grain state AdoNet, reminders AdoNet", run.Output, StringComparison.Ordinal);
        Assert.Contains("Password=***", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(run.Database.ConnectionString).Password!, run.Output, StringComparison.Ordinal);

        var screen = await run.Run.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day)).GetScreenAsync();
        Assert.NotNull(screen);
        var journal = run.Run.Host.Services.GetRequiredService<ITradingJournal>();
        Assert.IsType<PostgresTradingJournal>(journal);
        var recorded = await journal.ReadScreeningRunAsync(screen.RunId, ct);
        Assert.NotNull(recorded);
        Assert.Equal(screen.BrokerCalls, recorded.BrokerCalls);
        Assert.Equal(screen.Candidates.Select(c => (c.Code, c.Score)), recorded.Candidates.Select(c => (c.Candidate.Code, c.Candidate.Score)));
        Assert.Equal(SessionState.Screened, await journal.ReadSessionStateAsync(Day, ct));

        // The schedule's reminder is a row of the migrated reminder table, and the session's state a row of the storage table.
        await using var connection = new NpgsqlConnection(run.Database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var reminders = new NpgsqlCommand("SELECT count(*) FROM orleansreminderstable WHERE remindername = @name", connection);
        reminders.Parameters.AddWithValue("name", GrainKeys.ScheduleReminder);
        Assert.Equal(1L, await reminders.ExecuteScalarAsync(ct));
        await using var state = new NpgsqlCommand("SELECT count(*) FROM orleansstorage", connection);
        Assert.True((long)(await state.ExecuteScalarAsync(ct))! > 0);
    }
}
