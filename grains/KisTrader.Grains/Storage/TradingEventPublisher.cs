using System.Text.Json;
using System.Text.Json.Serialization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Storage;

/// <summary>
/// "Publish on the stream and append to the journal" for every grain's state changes. The journal comes first: the
/// event gets its sequence number from <c>journal.events</c>, and only then goes on the stream <c>events/all</c>
/// (<see cref="TradingEvent.StreamKey"/>). A stream failure is logged and never loses the journal row (the stream is
/// live fan-out, not durable; the journal is the record). A journal failure propagates from <see cref="PublishAsync"/>
/// (the caller's state change must not pass unrecorded); <see cref="TryPublishAsync"/> is for grains whose work must
/// not stop when the database is down (the KIS token and budget grains): it logs and returns null.
/// </summary>
public sealed partial class TradingEventPublisher(ITradingJournal journal, ILogger<TradingEventPublisher> logger)
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
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown event category"),
    };

    /// <summary>Appends the event to the journal, then publishes it; returns it with its sequence number.</summary>
    /// <param name="streams">The calling grain's stream provider (<c>this.GetStreamProvider(ProviderNames.Streams)</c>), or
    /// null when the silo has none (the event is then only journaled).</param>
    /// <param name="category">The kind of subject.</param>
    /// <param name="subject">Which one (never a secret or a full account number).</param>
    /// <param name="at">When the change happened (published with the KST offset).</param>
    /// <param name="tradingDate">The session it belongs to, when any.</param>
    /// <param name="summary">One line for people.</param>
    /// <param name="payload">The typed details.</param>
    public async Task<TradingEvent> PublishAsync(
        IStreamProvider? streams,
        TradingEventCategory category,
        string subject,
        DateTimeOffset at,
        DateOnly? tradingDate,
        string summary,
        TradingEventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(payload);
        var type = payload.GetType().Name;
        var kst = KrxTime.ToKst(at);
        var json = JsonSerializer.Serialize(payload, PayloadJson);
        var sequence = await journal.AppendEventAsync(
            new JournalEvent(JournalStream(category), subject, type, kst, tradingDate, json), CancellationToken.None);
        var published = new TradingEvent(sequence, category, subject, type, kst, tradingDate, summary, payload);
        if (streams is null)
        {
            LogNoStreams(logger, sequence, type);
            return published;
        }

        try
        {
            await streams.GetStream<TradingEvent>(StreamId.Create(ProviderNames.EventsNamespace, TradingEvent.StreamKey)).OnNextAsync(published);
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
    public async Task<TradingEvent?> TryPublishAsync(
        IStreamProvider? streams,
        TradingEventCategory category,
        string subject,
        DateTimeOffset at,
        DateOnly? tradingDate,
        string summary,
        TradingEventPayload payload)
    {
        try
        {
            return await PublishAsync(streams, category, subject, at, tradingDate, summary, payload);
        }
        catch (Exception e)
        {
            LogJournalFailed(logger, e, payload.GetType().Name, subject, summary);
            return null;
        }
    }

    [LoggerMessage(EventId = 1130, Level = LogLevel.Warning, Message = "Event {Sequence} {Type} of {Subject} is journaled but could not be published on the events stream")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, long sequence, string type, string subject);

    [LoggerMessage(EventId = 1131, Level = LogLevel.Error, Message = "Event {Type} of {Subject} could not be journaled and is lost: {Summary}")]
    private static partial void LogJournalFailed(ILogger logger, Exception exception, string type, string subject, string summary);

    [LoggerMessage(EventId = 1132, Level = LogLevel.Debug, Message = "Event {Sequence} {Type} journaled; no stream provider to publish it on")]
    private static partial void LogNoStreams(ILogger logger, long sequence, string type);
}
