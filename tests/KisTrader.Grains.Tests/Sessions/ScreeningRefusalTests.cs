using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Sessions;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>
/// A refusal row journaled before typed refusals (an English <c>refusal</c> sentence) stays readable, and a new one is
/// journaled as the rule's refusal kind by name.
/// </summary>
public sealed class ScreeningRefusalTests
{
    [Fact]
    public void JournalPayload_RefusalWrittenBeforeTypedRefusals_StaysReadable()
    {
        const string OldPayload = """{"type":"ScreeningRequested","tradingDate":"2026-11-23","kind":"Start","requestedBy":"kim","reason":"why","accepted":false,"refusal":"a screen is already running","runId":null}""";

        var payload = Assert.IsType<ScreeningRequested>(JsonSerializer.Deserialize<TradingEventPayload>(OldPayload, TradingEventPublisher.PayloadJson));

        Assert.Equal((null, "a screen is already running"), (payload.RefusedFor, payload.LegacyRefusal));
    }

    [Fact]
    public void JournalPayload_NewRefusal_IsTypedWithoutASentence()
    {
        var boundary = new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));
        var refused = new ScreeningRequested(new DateOnly(2026, 11, 23), ScreeningCommandKind.Start, "kim", "why", false, SessionRefusalKind.BeforeClose, null, boundary);

        var json = JsonSerializer.Serialize<TradingEventPayload>(refused, TradingEventPublisher.PayloadJson);

        Assert.Contains("\"refusedFor\":\"BeforeClose\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"refusal\"", json, StringComparison.Ordinal);
        Assert.Equal(refused, JsonSerializer.Deserialize<TradingEventPayload>(json, TradingEventPublisher.PayloadJson));
    }
}
