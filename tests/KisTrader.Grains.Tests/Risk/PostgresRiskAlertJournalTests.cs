using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>The risk alerts on journal.alerts (migration 0001): written, read back in order, append-only.</summary>
public sealed class PostgresRiskAlertJournalTests
{
    [Fact]
    public async Task RaiseAsync_TwoAlerts_ReadBackInOrderAndTheTableRefusesChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestPostgres.CreateDatabaseAsync("riskalerts");
        await new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);
        var journal = new PostgresRiskAlertJournal(database.DataSource);
        var at = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));
        var first = new RiskAlert(at, "Critical", "reconciliation", null, "reconciliation-difference", "new entries halted (schedule): 005930 holding: ours 0, broker's 10");
        var second = new RiskAlert(at.AddSeconds(1), "Warning", "risk", new DateOnly(2026, 11, 23), "price-limit", "order x refused: price 13,010 above the upper limit 13,000");

        await journal.RaiseAsync(second, ct);
        await journal.RaiseAsync(first, ct);
        var read = await journal.ReadAsync(at, ct);

        Assert.Equal([first, second], read.Select(a => a with { RaisedAt = a.RaisedAt.ToOffset(TimeSpan.FromHours(9)) }));
        Assert.Empty(await journal.ReadAsync(at.AddSeconds(2), ct));
        await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(() => database.ExecuteAsync("DELETE FROM journal.alerts"));
    }
}
