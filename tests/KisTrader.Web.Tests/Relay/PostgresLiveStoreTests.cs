using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Testing.PostgreSql;
using KisTrader.Trading.Sessions;
using KisTrader.Web.Alerts;
using KisTrader.Web.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Web.Tests.Relay;

/// <summary>The PostgreSQL side of the live part: the journal's events as /api/events pages them, and preferences per key (migration 0008).</summary>
public sealed class PostgresLiveStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EventHistory_JournalRows_PagedBySequenceWordedAndUnknownTypesKept()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("web_events");
        await new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        var journal = new PostgresTradingJournal(db.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var publisher = new TradingEventPublisher(journal, new ServiceCollection().BuildServiceProvider(), NullLogger<TradingEventPublisher>.Instance);
        var first = await publisher.PublishAsync(new SessionPhaseChanged(new DateOnly(2026, 11, 23), SessionPhase.Screening, null, 1, SessionChangeCause.ScheduledStart), At);
        var second = await publisher.PublishAsync(new KisAuthChanged("kabc", KisAuthChange.TokenInvalidated, null, null), At);
        // A payload type of a newer silo, unknown to this build.
        var third = await journal.AppendEventAsync(new JournalEvent("order", "o-1", "OrderFillRecorded", At, new DateOnly(2026, 11, 23), """{"type":"OrderFillRecorded","quantity":3}"""), Ct);
        var history = new PostgresEventHistory(db.DataSource);

        var page = await history.ReadAfterAsync(0, 2, Ct);
        Assert.Equal([first.Sequence, second.Sequence], page.Events.Select(e => e.Sequence));
        Assert.True(page.More);
        Assert.Equal(second.Sequence, page.Last);
        Assert.Equal(("signals", "2026-11-23 세션: 스크리닝 중"), (page.Events[0].Alert, page.Events[0].Text));
        Assert.Equal(("risk", "KIS 접근토큰 무효화 (KIS가 거부함)"), (page.Events[1].Alert, page.Events[1].Text));
        Assert.Equal("TokenInvalidated", page.Events[1].Payload.GetProperty("change").GetString());

        var rest = await history.ReadAfterAsync(page.Last, 2, Ct);
        var unknown = Assert.Single(rest.Events);
        Assert.False(rest.More);
        Assert.Equal((third, "fills", "o-1: OrderFillRecorded", "Order"), (unknown.Sequence, unknown.Alert, unknown.Text, unknown.Category));
        Assert.Equal(3, unknown.Payload.GetProperty("quantity").GetInt32());
        Assert.Empty((await history.ReadAfterAsync(third, 10, Ct)).Events);
    }

    [Fact]
    public async Task AlertPreferences_SavedTwice_LastOnePerKey()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("web_prefs");
        await new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        foreach (var id in new[] { "0123456789abcdef", "fedcba9876543210" })
        {
            await db.ExecuteAsync($"INSERT INTO journal.api_keys VALUES ('{id}', 'k', 'Viewer', decode(repeat('00', 16), 'hex'), decode(repeat('00', 32), 'hex'), 10000, now(), NULL)");
        }

        var store = new PostgresAlertPreferenceStore(db.DataSource);
        Assert.Null(await store.FindAsync("0123456789abcdef", Ct));
        await store.SaveAsync("0123456789abcdef", new AlertPreferences(1.5m, ["signals", "risk"]), At, Ct);
        await store.SaveAsync("0123456789abcdef", new AlertPreferences(2.25m, ["fills"]), At, Ct);
        await store.SaveAsync("fedcba9876543210", AlertPreferences.Default, At, Ct);

        var saved = await store.FindAsync("0123456789abcdef", Ct);
        Assert.Equal(2.25m, saved!.MinimumMove);
        Assert.Equal(["fills"], saved.Categories);
        Assert.Equal(AlertPreferences.Default.Categories, (await store.FindAsync("fedcba9876543210", Ct))!.Categories);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => store.SaveAsync("0123456789abcdef", new AlertPreferences(1m, ["news"]), At, Ct));
    }
}
