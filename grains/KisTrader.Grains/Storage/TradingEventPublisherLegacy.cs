using KisTrader.GrainInterfaces;
using Orleans.Streams;

namespace KisTrader.Grains.Storage;

/// <summary>
/// Transitional: the positional form the market-data grain still calls. That grain is being split into <c>Realtime/</c>
/// in parallel and moves to <see cref="TradingEventPublisher.TryPublishAsync(TradingEventPayload, DateTimeOffset)"/>
/// when that lands; delete this file then. The arguments the payload already knows are ignored (the payload's are used),
/// and the summary is dropped: events carry no sentences for people.
/// </summary>
public static class TradingEventPublisherLegacy
{
    /// <summary>Transitional: <see cref="TradingEventPublisher.TryPublishAsync(TradingEventPayload, DateTimeOffset)"/> with the old positional arguments.</summary>
    public static Task<TradingEvent?> TryPublishAsync(
        this TradingEventPublisher publisher,
        IStreamProvider? streams,
        TradingEventCategory category,
        string subject,
        DateTimeOffset at,
        DateOnly? tradingDate,
        string summary,
        TradingEventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return publisher.TryPublishAsync(payload, at);
    }
}
