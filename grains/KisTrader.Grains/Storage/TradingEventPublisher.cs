using System.Text.Json;
using System.Text.Json.Serialization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Storage;

/// <summary>
/// "Append to the journal, then publish on the stream" for every grain's state changes: <c>PublishAsync(payload, at)</c>.
/// The payload knows its category, subject and trading date (<see cref="TradingEventPayload"/>); the publisher finds the
/// silo's stream provider itself and publishes on <c>events/all</c> (<see cref="StreamIds.Events"/>). The journal comes
/// first: the event gets its sequence number from <c>journal.events</c>. A stream failure is logged and never loses the
/// journal row (the stream is live fan-out, not durable; the journal is the record). A journal failure propagates from
/// <see cref="PublishAsync"/> (the caller's state change must not pass unrecorded); <see cref="TryPublishAsync"/> is for
/// grains whose work must not stop when the database is down (the KIS token and budget grains, symbols, market data):
/// it logs and returns null.
/// </summary>
public sealed partial class TradingEventPublisher(ITradingJournal journal, IServiceProvider services, ILogger<TradingEventPublisher> logger)
{
    /// <summary>
    /// The journal's JSON of a payload: camelCase, enums by name, a <c>type</c> discriminator (read back from jsonb,
    /// which reorders keys, the discriminator need not come first).
    /// </summary>
    public static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowOutOfOrderMetadataProperties = true,
    };

    /// <summary>The journal's <c>stream</c> name of a category.</summary>
    public static string JournalStream(TradingEventCategory category) => category switch
    {
        TradingEventCategory.Session => "session",
        TradingEventCategory.Account => "account",
        TradingEventCategory.Schedule => "schedule",
        TradingEventCategory.RateBudget => "rate-budget",
        TradingEventCategory.KisAuth => "kis-auth",
        TradingEventCategory.MarketData => "market-data",
        TradingEventCategory.Symbol => "symbol",
        TradingEventCategory.Order => "order",
        TradingEventCategory.Position => "position",
        TradingEventCategory.AfterHours => "after-hours",
        TradingEventCategory.Risk => "risk",
        TradingEventCategory.Reconciliation => "reconciliation",
        TradingEventCategory.Portfolio => "portfolio",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown event category"),
    };

    /// <summary>Appends the event to the journal, then publishes it on <c>events/all</c>; returns it with its sequence number.</summary>
    /// <param name="payload">What changed (it names its category, subject and trading date).</param>
    /// <param name="at">When it changed (published with the KST offset).</param>
    public async Task<TradingEvent> PublishAsync(TradingEventPayload payload, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var type = payload.GetType().Name;
        var subject = payload.Subject;
        var kst = KrxTime.ToKst(at);
        var json = JsonSerializer.Serialize(payload, PayloadJson);
        var sequence = await journal.AppendEventAsync(
            new JournalEvent(JournalStream(payload.Category), subject, type, kst, payload.SessionDate, json), CancellationToken.None);
        var published = new TradingEvent(sequence, payload.Category, subject, type, kst, payload.SessionDate, payload);
        // Resolved per call: a silo builds its stream providers with the host, a process without streams has none.
        var streams = services.GetKeyedService<IStreamProvider>(ProviderNames.Streams);
        if (streams is null)
        {
            LogNoStreams(logger, sequence, type);
            return published;
        }

        try
        {
            await streams.GetStream<TradingEvent>(StreamIds.Events()).OnNextAsync(published);
        }
        catch (Exception e)
        {
            LogStreamFailed(logger, e, sequence, type, subject);
        }

        return published;
    }

    /// <summary>
    /// <see cref="PublishAsync"/> for grains that must keep working when the journal is down: a journal failure is
    /// logged (the event is lost, the caller's work goes on) and null is returned.
    /// </summary>
    public async Task<TradingEvent?> TryPublishAsync(TradingEventPayload payload, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            return await PublishAsync(payload, at);
        }
        catch (Exception e)
        {
            LogJournalFailed(logger, e, payload.GetType().Name, payload.Subject);
            return null;
        }
    }

    [LoggerMessage(EventId = 1130, Level = LogLevel.Warning, Message = "Event {Sequence} {Type} of {Subject} is journaled but could not be published on the events stream")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, long sequence, string type, string subject);

    [LoggerMessage(EventId = 1131, Level = LogLevel.Error, Message = "Event {Type} of {Subject} could not be journaled and is lost")]
    private static partial void LogJournalFailed(ILogger logger, Exception exception, string type, string subject);

    [LoggerMessage(EventId = 1132, Level = LogLevel.Debug, Message = "Event {Sequence} {Type} journaled; no stream provider to publish it on")]
    private static partial void LogNoStreams(ILogger logger, long sequence, string type);
}
