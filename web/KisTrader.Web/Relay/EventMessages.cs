using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Web.Alerts;
using KisTrader.Web.Wording;

namespace KisTrader.Web.Relay;

/// <summary>Builds <see cref="EventMessage"/>s from a streamed event or from a journal row (which may hold a payload type this build does not know).</summary>
public static class EventMessages
{
    /// <summary>A streamed event.</summary>
    public static EventMessage From(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var payload = JsonSerializer.SerializeToElement(e.Payload, TradingEventPublisher.PayloadJson);
        return new EventMessage(e.Sequence, e.Category.ToString(), AlertCategories.Name(AlertCategories.Of(e)), e.Subject, e.Type, e.At, e.TradingDate,
            KoreanWording.Word(e), payload);
    }

    /// <summary>A journal row: worded through its typed payload when this build knows the type, else generically.</summary>
    public static EventMessage FromJournal(long sequence, TradingEventCategory category, string subject, string type, DateTimeOffset at, DateOnly? tradingDate, string payloadJson)
    {
        using var document = JsonDocument.Parse(payloadJson);
        var payload = document.RootElement.Clone();
        TradingEventPayload? typed = null;
        try
        {
            typed = JsonSerializer.Deserialize<TradingEventPayload>(payloadJson, TradingEventPublisher.PayloadJson);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // A payload type of a newer silo: relayed as JSON, worded generically.
        }

        if (typed is not null)
        {
            return From(new TradingEvent(sequence, category, subject, type, at, tradingDate, typed)) with { Payload = payload };
        }

        return new EventMessage(sequence, category.ToString(), AlertCategories.Name(AlertCategories.Of(category, type)), subject, type, at, tradingDate,
            KoreanWording.Generic(subject, type), payload);
    }
}
