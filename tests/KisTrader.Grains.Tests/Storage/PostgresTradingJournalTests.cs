using System.Text.Json;
using System.Text.Json.Nodes;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KisTrader.Grains.Tests.Storage;

public sealed class PostgresTradingJournalTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly DateTimeOffset s_at = DateTimeOffset.Parse("2026-08-24T06:29:00Z", null);

    private readonly PostgresTradingJournal _journal = new(fixture.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);

    private TestDatabase Db => fixture.Database;

    [Fact]
    public async Task RecordScreeningRun_ReadBack_ReturnsEveryPartUnchanged()
    {
        await EnsureSessionAsync();
        var run = ScreeningScenario.Record(Guid.NewGuid());
        Assert.NotEmpty(run.Candidates);
        Assert.NotEmpty(run.Exclusions);
        Assert.True(run.Attempts.Length >= 2, "the scenario should make the ladder move");
        Assert.Contains(run.Candidates, c => c.Role == CandidateRole.Selected);
        Assert.Contains(run.Candidates, c => c.Role == CandidateRole.Backup);
        Assert.NotEmpty(run.Allocation.Items);

        await _journal.RecordScreeningRunAsync(run, TestContext.Current.CancellationToken);
        var read = await _journal.ReadScreeningRunAsync(run.RunId, TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        // Every field, nested list and decimal (scale included) compared through one canonical JSON rendering.
        Assert.Equal(JsonSerializer.Serialize(run), JsonSerializer.Serialize(read));
        Assert.Equal(TimeSpan.FromSeconds(31.25), read.Duration);
        Assert.Equal(187, read.BrokerCalls);
        Assert.Equal(32, read.Inputs.Length);
    }

    [Fact]
    public async Task RecordScreeningRun_SameRunTwice_IsRefusedAndTheFirstIsKept()
    {
        await EnsureSessionAsync();
        var run = ScreeningScenario.Record(Guid.NewGuid());
        await _journal.RecordScreeningRunAsync(run, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.RecordScreeningRunAsync(run with { BrokerCalls = 1 }, TestContext.Current.CancellationToken));

        var read = await _journal.ReadScreeningRunAsync(run.RunId, TestContext.Current.CancellationToken);
        Assert.Equal(187, read!.BrokerCalls);
        Assert.Equal(run.Candidates.Length, await Db.ScalarAsync<long>($"SELECT count(*) FROM journal.screening_candidates WHERE run_id = '{run.RunId}'"));
    }

    [Fact]
    public async Task RecordScreeningRun_WithoutItsSession_IsRefusedAndWritesNothing()
    {
        var run = ScreeningScenario.Record(Guid.NewGuid()) with { TradingDate = new DateOnly(2031, 1, 2) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.RecordScreeningRunAsync(run, TestContext.Current.CancellationToken));

        Assert.Contains("2031-01-02", error.Message, StringComparison.Ordinal);
        Assert.Null(await _journal.ReadScreeningRunAsync(run.RunId, TestContext.Current.CancellationToken));
        Assert.Equal(0L, await Db.ScalarAsync<long>($"SELECT count(*) FROM journal.screening_inputs WHERE run_id = '{run.RunId}'"));
    }

    [Fact]
    public async Task ReadScreeningRun_UnknownId_ReturnsNull() =>
        Assert.Null(await _journal.ReadScreeningRunAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));

    [Fact]
    public async Task AppendEvent_ReadBySubject_ReturnsTheSubjectsEventsInOrder()
    {
        var subject = $"order-{Guid.NewGuid():N}";
        var first = await _journal.AppendEventAsync(
            new JournalEvent("order", subject, "Submitted", s_at, ScreeningScenario.TradingDate, """{"qty": 10, "price": 12350.0}"""),
            TestContext.Current.CancellationToken);
        await _journal.AppendEventAsync(
            new JournalEvent("order", "someone-else", "Submitted", s_at, null, "{}"), TestContext.Current.CancellationToken);
        var second = await _journal.AppendEventAsync(
            new JournalEvent("order", subject, "Filled", s_at.AddSeconds(2), null, """{"qty":10}"""),
            TestContext.Current.CancellationToken);

        var events = await _journal.ReadEventsAsync("order", subject, TestContext.Current.CancellationToken);

        Assert.True(second > first);
        Assert.Equal([first, second], events.Select(e => e.Sequence));
        Assert.Equal(["Submitted", "Filled"], events.Select(e => e.Event.EventType));
        Assert.Equal(s_at, events[0].Event.OccurredAt);
        Assert.Equal(ScreeningScenario.TradingDate, events[0].Event.TradingDate);
        Assert.Null(events[1].Event.TradingDate);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"qty":10,"price":12350.0}"""), JsonNode.Parse(events[0].Event.PayloadJson)));
    }

    [Theory]
    [InlineData("UPDATE journal.events SET event_type = 'Edited'")]
    [InlineData("DELETE FROM journal.events")]
    [InlineData("DELETE FROM journal.screening_runs")]
    [InlineData("UPDATE journal.screening_candidates SET score = 100")]
    public async Task AppendOnlyTables_UpdateOrDelete_IsRefused(string sql)
    {
        await EnsureSessionAsync();
        await _journal.AppendEventAsync(new JournalEvent("t", "t", "Created", s_at, null, "{}"), TestContext.Current.CancellationToken);
        await _journal.RecordScreeningRunAsync(ScreeningScenario.Record(Guid.NewGuid()), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Db.ExecuteAsync(sql));

        Assert.Equal("KT100", error.SqlState);
    }

    [Theory]
    [InlineData("12345678-01")]
    [InlineData("1234567801")]
    public async Task Orders_FullAccountNumber_IsRefused(string accountRef)
    {
        await EnsureSessionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => Db.ExecuteAsync($"""
            INSERT INTO journal.orders (order_id, client_order_id, trading_date, account_ref, code, side, purpose,
                                        order_division, quantity, limit_price, created_at)
            VALUES ('{Guid.NewGuid()}', '{Guid.NewGuid():N}', '2026-08-24', '{accountRef}', '005930', 'Buy', 'Entry', '07', 1, 70000, now())
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task RecordSessionState_Changes_KeepsCurrentStateAndHistory()
    {
        var date = new DateOnly(2026, 9, 1);
        await _journal.RecordSessionStateAsync(
            new SessionStateChange(date, SessionState.Scheduled, TradingMode.Simulator, s_at, "calendar"), TestContext.Current.CancellationToken);
        await _journal.RecordSessionStateAsync(
            new SessionStateChange(date, SessionState.Screening, TradingMode.Simulator, s_at.AddHours(1), "15:30 reminder"), TestContext.Current.CancellationToken);

        Assert.Equal(SessionState.Screening, await _journal.ReadSessionStateAsync(date, TestContext.Current.CancellationToken));
        Assert.Null(await _journal.ReadSessionStateAsync(date.AddDays(1), TestContext.Current.CancellationToken));
        Assert.Equal(
            ["->Scheduled", "Scheduled->Screening"],
            await Db.ColumnAsync<string>("SELECT coalesce(from_state, '') || '->' || to_state FROM journal.session_state_changes WHERE trading_date = '2026-09-01' ORDER BY change_id"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _journal.RecordSessionStateAsync(
            new SessionStateChange(date, SessionState.Screened, TradingMode.Real, s_at.AddHours(2), "mode switch"), TestContext.Current.CancellationToken));
        Assert.Equal(SessionState.Screening, await _journal.ReadSessionStateAsync(date, TestContext.Current.CancellationToken));
    }

    private Task EnsureSessionAsync() => _journal.RecordSessionStateAsync(
        new SessionStateChange(ScreeningScenario.TradingDate, SessionState.Screening, TradingMode.Simulator, s_at, "test"),
        TestContext.Current.CancellationToken);
}
