using System.Text.Json;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Storage;

/// <summary>
/// The in-memory journal on its own, and side by side with <see cref="PostgresTradingJournal"/> on a real database:
/// the same calls give the same answers (the parity tests are what make it a stand-in for simulator mode).
/// </summary>
public sealed class InMemoryTradingJournalTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly DateTimeOffset s_at = DateTimeOffset.Parse("2026-08-24T06:29:00Z", null);

    private readonly ManualClock _clock = new(s_at.AddMinutes(5));
    private readonly PostgresTradingJournal _postgres = new(fixture.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordScreeningRun_ReadBack_IsWhatPostgresReadsBack()
    {
        var memory = NewJournal();
        var runId = Guid.NewGuid();
        // Reversed children and a KST start with sub-microsecond ticks: both journals must normalise them alike.
        var original = ScreeningScenario.Record(runId, DateTimeOffset.Parse("2026-08-24T15:30:00.1234567+09:00", null));
        var shuffled = original with
        {
            Inputs = [.. original.Inputs.Reverse()],
            Attempts = [.. original.Attempts.Reverse()],
            Candidates = [.. original.Candidates.Reverse()],
            Exclusions = [.. original.Exclusions.Reverse()],
            Allocation = original.Allocation with { Items = [.. original.Allocation.Items.Reverse()] },
        };
        var session = new SessionStateChange(ScreeningScenario.TradingDate, SessionState.Screening, TradingMode.Simulator, s_at, "test");
        await memory.RecordSessionStateAsync(session, Ct);
        await _postgres.RecordSessionStateAsync(session, Ct);

        await memory.RecordScreeningRunAsync(shuffled, Ct);
        await _postgres.RecordScreeningRunAsync(shuffled, Ct);
        var fromMemory = await memory.ReadScreeningRunAsync(runId, Ct);
        var fromPostgres = await _postgres.ReadScreeningRunAsync(runId, Ct);

        Assert.NotNull(fromMemory);
        Assert.NotNull(fromPostgres);
        Assert.Equal(JsonSerializer.Serialize(fromPostgres), JsonSerializer.Serialize(fromMemory));
        Assert.Equal(TimeSpan.Zero, fromMemory.StartedAt.Offset);
        Assert.Equal(DateTimeOffset.Parse("2026-08-24T06:30:00.123456Z", null), fromMemory.StartedAt);
        Assert.Equal(187, fromMemory.BrokerCalls);
        Assert.Equal(32, fromMemory.Inputs.Length);
    }

    [Fact]
    public async Task RecordScreeningRun_SameRunTwice_IsRefusedAndTheFirstIsKept()
    {
        var memory = NewJournal();
        await memory.RecordSessionStateAsync(
            new SessionStateChange(ScreeningScenario.TradingDate, SessionState.Screening, TradingMode.Simulator, s_at, "test"), Ct);
        var run = ScreeningScenario.Record(Guid.NewGuid());
        await memory.RecordScreeningRunAsync(run, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => memory.RecordScreeningRunAsync(run with { BrokerCalls = 1 }, Ct));

        Assert.Equal(187, (await memory.ReadScreeningRunAsync(run.RunId, Ct))!.BrokerCalls);
    }

    [Fact]
    public async Task RecordScreeningRun_WithoutItsSession_IsRefusedAndWritesNothing()
    {
        var memory = NewJournal();
        var run = ScreeningScenario.Record(Guid.NewGuid()) with { TradingDate = new DateOnly(2031, 1, 2) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => memory.RecordScreeningRunAsync(run, Ct));

        Assert.Contains("2031-01-02", error.Message, StringComparison.Ordinal);
        Assert.Null(await memory.ReadScreeningRunAsync(run.RunId, Ct));
    }

    [Fact]
    public async Task ReadScreeningRun_UnknownId_ReturnsNull() =>
        Assert.Null(await NewJournal().ReadScreeningRunAsync(Guid.NewGuid(), Ct));

    [Fact]
    public async Task AppendEvent_ReadBySubject_ReturnsTheSubjectsEventsInOrderLikePostgres()
    {
        var memory = NewJournal();
        var subject = $"order-{Guid.NewGuid():N}";
        JournalEvent[] appended =
        [
            new("order", subject, "Submitted", DateTimeOffset.Parse("2026-08-24T15:29:00.0000019+09:00", null), ScreeningScenario.TradingDate, """{"qty": 10}"""),
            new("order", "someone-else", "Submitted", s_at, null, "{}"),
            new("other", subject, "Submitted", s_at, null, "{}"),
            new("order", subject, "Filled", s_at.AddSeconds(2), null, """{"qty":10}"""),
        ];
        var memorySequences = new List<long>();
        foreach (var e in appended)
        {
            memorySequences.Add(await memory.AppendEventAsync(e, Ct));
            await _postgres.AppendEventAsync(e, Ct);
        }

        var fromMemory = await memory.ReadEventsAsync("order", subject, Ct);
        var fromPostgres = await _postgres.ReadEventsAsync("order", subject, Ct);

        Assert.Equal([1L, 2L, 3L, 4L], memorySequences);
        Assert.Equal([1L, 4L], fromMemory.Select(e => e.Sequence));
        Assert.Equal(
            fromPostgres.Select(e => (e.Event.EventType, e.Event.OccurredAt, e.Event.OccurredAt.Offset, e.Event.TradingDate)),
            fromMemory.Select(e => (e.Event.EventType, e.Event.OccurredAt, e.Event.OccurredAt.Offset, e.Event.TradingDate)));
        Assert.Equal(DateTimeOffset.Parse("2026-08-24T06:29:00.000001Z", null), fromMemory[0].Event.OccurredAt);
        Assert.Equal(_clock.GetUtcNow(), fromMemory[0].RecordedAt);
        Assert.Empty(await memory.ReadEventsAsync("order", "nobody", Ct));
    }

    [Theory]
    [InlineData("", "Created", "{}")]
    [InlineData("order", "", "{}")]
    [InlineData("order", "Created", "not json")]
    public async Task AppendEvent_WhatTheDatabaseRefuses_IsRefusedAndNotStored(string stream, string eventType, string payload)
    {
        var memory = NewJournal();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => memory.AppendEventAsync(new JournalEvent(stream, "s", eventType, s_at, null, payload), Ct));

        Assert.Equal(1L, await memory.AppendEventAsync(new JournalEvent("order", "s", "Created", s_at, null, "{}"), Ct));
    }

    [Fact]
    public async Task AppendEvent_ManyWritersAtOnce_EveryEventGetsItsOwnIncreasingSequence()
    {
        var memory = NewJournal();
        const int Writers = 8;
        const int PerWriter = 250;

        var sequences = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            for (var i = 0; i < PerWriter; i++)
            {
                mine.Add(await memory.AppendEventAsync(new JournalEvent("load", $"w{w}", "Tick", s_at, null, $$"""{"i":{{i}}}"""), Ct));
            }

            return mine;
        }, Ct)));

        Assert.Equal(Enumerable.Range(1, Writers * PerWriter).Select(i => (long)i), sequences.SelectMany(s => s).Order());
        for (var w = 0; w < Writers; w++)
        {
            var events = await memory.ReadEventsAsync("load", $"w{w}", Ct);
            Assert.Equal(sequences[w], events.Select(e => e.Sequence));
            Assert.Equal(Enumerable.Range(0, PerWriter).Select(i => $$"""{"i":{{i}}}"""), events.Select(e => e.Event.PayloadJson));
        }
    }

    [Fact]
    public async Task RecordSessionState_Changes_KeepsCurrentStateAndHistoryAndRefusesAModeSwitch()
    {
        var memory = NewJournal();
        var date = new DateOnly(2026, 9, 1);
        await memory.RecordSessionStateAsync(new SessionStateChange(date, SessionState.Scheduled, TradingMode.Simulator, s_at, "calendar"), Ct);
        await memory.RecordSessionStateAsync(
            new SessionStateChange(date, SessionState.Screening, TradingMode.Simulator, s_at.AddHours(1), "15:30 reminder"), Ct);

        Assert.Equal(SessionState.Screening, await memory.ReadSessionStateAsync(date, Ct));
        Assert.Null(await memory.ReadSessionStateAsync(date.AddDays(1), Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => memory.RecordSessionStateAsync(
            new SessionStateChange(date, SessionState.Screened, TradingMode.Real, s_at.AddHours(2), "mode switch"), Ct));
        Assert.Equal(SessionState.Screening, await memory.ReadSessionStateAsync(date, Ct));
        Assert.Equal(
            [(SessionState.Scheduled, "calendar"), (SessionState.Screening, "15:30 reminder")],
            memory.SessionStateChanges(date).Select(c => (c.State, c.Reason)));
    }

    private InMemoryTradingJournal NewJournal() => new(_clock, NullLogger<InMemoryTradingJournal>.Instance);
}
