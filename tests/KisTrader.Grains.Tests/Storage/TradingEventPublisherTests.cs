using System.Text.Json.Nodes;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Storage;

/// <summary>
/// The publisher's guarantees without a cluster: the journal first with its sequence, then the stream; what the payload
/// names (category, subject, date) is where it is filed; a stream failure never loses the journal row; a journal failure
/// propagates from PublishAsync and is logged by TryPublishAsync.
/// </summary>
public sealed class TradingEventPublisherTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishAsync_NoStreamProvider_JournalsWhereThePayloadBelongsWithItsSequence()
    {
        var journal = NewJournal();
        var publisher = new TradingEventPublisher(journal, new ServiceCollection().BuildServiceProvider(), NullLogger<TradingEventPublisher>.Instance);
        var payload = new SessionPhaseChanged(Day, SessionPhase.Screening, Guid.NewGuid(), 1, SessionChangeCause.ScheduledStart);

        var published = await publisher.PublishAsync(payload, At);

        Assert.Equal((TradingEventCategory.Session, "2026-11-23", nameof(SessionPhaseChanged), (DateOnly?)Day), (published.Category, published.Subject, published.Type, published.TradingDate));
        Assert.Equal(At, published.At);
        Assert.Equal(TimeSpan.FromHours(9), published.At.Offset);
        Assert.Same(payload, published.Payload);
        var row = Assert.Single(await journal.ReadEventsAsync("session", "2026-11-23", Ct));
        Assert.Equal(published.Sequence, row.Sequence);
        Assert.Equal(Day, row.Event.TradingDate);
        var json = JsonNode.Parse(row.Event.PayloadJson)!.AsObject();
        Assert.Equal(nameof(SessionPhaseChanged), json["type"]!.ToString());
        Assert.Equal("ScheduledStart", json["cause"]!.ToString());
        // What the payload derives is not stored twice.
        Assert.False(json.ContainsKey("category"));
        Assert.False(json.ContainsKey("subject"));
        Assert.False(json.ContainsKey("sessionDate"));
    }

    public static TheoryData<TradingEventPayload, TradingEventCategory, string, DateOnly?> Payloads => new()
    {
        { new AccountSnapshotTaken("1234****-01", At, 1m, 2m, 3m, 0), TradingEventCategory.Account, "1234****-01", null },
        { new ScheduleActionTaken(new ScheduleActionView(ScheduleActionKind.Screen, Day, At, At, new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1))), TradingEventCategory.Schedule, GrainKeys.Schedule, Day },
        { new RateBudgetChanged("k1", RateBudgetChange.HolderJoined, "a", 6, 6, 18, null, 1), TradingEventCategory.RateBudget, "k1", null },
        { new KisAuthChanged("k1", KisAuthChange.TokenIssued, At, At.AddDays(1)), TradingEventCategory.KisAuth, "k1", null },
        { new ScreeningRequested(Day, ScreeningCommandKind.Rerun, "kim", "why", false, SessionRefusalKind.NotScreened, null), TradingEventCategory.Session, "2026-11-23", Day },
        { new SymbolChanged("005930", SymbolChange.Watched, null, [], null, false, "web", MarketDataKinds.Trades, MarketDataPriority.WatchList, 1, null), TradingEventCategory.Symbol, "005930", null },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task PublishAsync_AnyPayload_IsFiledUnderWhatItNames(TradingEventPayload payload, TradingEventCategory category, string subject, DateOnly? date)
    {
        var journal = NewJournal();
        var publisher = new TradingEventPublisher(journal, new ServiceCollection().BuildServiceProvider(), NullLogger<TradingEventPublisher>.Instance);

        var published = await publisher.PublishAsync(payload, At);

        Assert.Equal((category, subject, date), (published.Category, published.Subject, published.TradingDate));
        Assert.Single(await journal.ReadEventsAsync(TradingEventPublisher.JournalStream(category), subject, Ct));
    }

    [Fact]
    public async Task PublishAsync_StreamFails_LogsAndKeepsTheJournalRow()
    {
        var journal = NewJournal();
        var services = new ServiceCollection().AddKeyedSingleton<IStreamProvider>(ProviderNames.Streams, new BrokenStreams()).BuildServiceProvider();
        var log = new ListLogger<TradingEventPublisher>();
        var publisher = new TradingEventPublisher(journal, services, log);

        var published = await publisher.PublishAsync(new KisAuthChanged("k1", KisAuthChange.ApprovalKeySaved, null, null), At);

        Assert.Equal(published.Sequence, Assert.Single(await journal.ReadEventsAsync("kis-auth", "k1", Ct)).Sequence);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_JournalFails_Propagates()
    {
        var publisher = new TradingEventPublisher(new FailingJournal(), new ServiceCollection().BuildServiceProvider(), NullLogger<TradingEventPublisher>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => publisher.PublishAsync(new KisAuthChanged("k1", KisAuthChange.ApprovalKeySaved, null, null), At));
    }

    [Fact]
    public async Task TryPublishAsync_JournalFails_LogsAndReturnsNull()
    {
        var log = new ListLogger<TradingEventPublisher>();
        var publisher = new TradingEventPublisher(new FailingJournal(), new ServiceCollection().BuildServiceProvider(), log);

        Assert.Null(await publisher.TryPublishAsync(new KisAuthChanged("k1", KisAuthChange.ApprovalKeySaved, null, null), At));
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("Event KisAuthChanged of k1 could not be journaled and is lost", entry.Message);
    }

    private static InMemoryTradingJournal NewJournal() => new(TimeProvider.System, NullLogger<InMemoryTradingJournal>.Instance);

    private sealed class BrokenStreams : IStreamProvider
    {
        public string Name => ProviderNames.Streams;

        public bool IsRewindable => false;

        public IAsyncStream<T> GetStream<T>(StreamId streamId) => throw new InvalidOperationException("the stream provider is down");
    }

    private sealed class FailingJournal : ITradingJournal
    {
        public Task RecordSessionStateAsync(SessionStateChange change, CancellationToken cancellationToken = default) => Down();

        public Task<SessionState?> ReadSessionStateAsync(DateOnly tradingDate, CancellationToken cancellationToken = default) => Down<SessionState?>();

        public Task<long> AppendEventAsync(JournalEvent journalEvent, CancellationToken cancellationToken = default) => Down<long>();

        public Task<IReadOnlyList<RecordedJournalEvent>> ReadEventsAsync(string stream, string subject, CancellationToken cancellationToken = default) =>
            Down<IReadOnlyList<RecordedJournalEvent>>();

        public Task RecordScreeningRunAsync(ScreeningRunRecord run, CancellationToken cancellationToken = default) => Down();

        public Task<ScreeningRunRecord?> ReadScreeningRunAsync(Guid runId, CancellationToken cancellationToken = default) => Down<ScreeningRunRecord?>();

        private static Task Down() => Task.FromException(new InvalidOperationException("the journal is down"));

        private static Task<T> Down<T>() => Task.FromException<T>(new InvalidOperationException("the journal is down"));
    }
}
