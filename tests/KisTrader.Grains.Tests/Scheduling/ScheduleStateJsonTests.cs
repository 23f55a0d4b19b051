using System.Text.Json;
using System.Text.Json.Nodes;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>
/// The schedule's persisted history and journaled events carry a typed <see cref="ScheduleActionResult"/>; what the
/// versions before it wrote (an English <c>Outcome</c> sentence) stays readable, in grain state (the silo's
/// System.Text.Json grain storage serializer) and in the journal (camelCase payload JSON).
/// </summary>
public sealed class ScheduleStateJsonTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));

    // The state row the previous version wrote (its ScheduleActionView had `string Outcome` as field 4).
    private const string OldState = """
        {
          "LastPrefetchDate": "2026-11-23",
          "LastScreenDate": "2026-11-23",
          "WatchedSession": "2026-11-23",
          "CalendarAttemptOn": "2026-11-23",
          "CalendarRefreshedOn": "2026-11-23",
          "BrokerDays": [],
          "History": [
            { "Kind": 1, "TradingDate": "2026-11-23", "DueAt": "2026-11-23T15:30:00+09:00", "DoneAt": "2026-11-23T15:30:00.5+09:00", "Outcome": "session screening, attempt 1" },
            { "Kind": 0, "TradingDate": "2026-11-23", "DueAt": "2026-11-23T14:30:00+09:00", "DoneAt": "2026-11-23T15:29:50+09:00", "Outcome": "session scheduled, attempt 0" }
          ]
        }
        """;

    private static readonly SystemTextJsonGrainStorageSerializer Storage = new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    [Fact]
    public void StoredState_WrittenBeforeTypedResults_StaysReadable()
    {
        var state = Storage.Deserialize<ScheduleState>(BinaryData.FromString(OldState))!;

        Assert.Equal((Day, Day, Day), (state.LastPrefetchDate!.Value, state.LastScreenDate!.Value, state.WatchedSession!.Value));
        Assert.Equal([ScheduleActionKind.Screen, ScheduleActionKind.Prefetch], state.History.Select(a => a.Kind));
        Assert.Equal(["session screening, attempt 1", "session scheduled, attempt 0"], state.History.Select(a => a.LegacyOutcome));
        Assert.All(state.History, a => Assert.Null(a.Result));
        Assert.Equal(At, state.History[0].DueAt);
    }

    [Fact]
    public void StoredState_NewEntries_RoundTripTypedAndWriteNoSentence()
    {
        var result = new ScheduleActionResult(ScheduleResultKind.TooLate, Late: TimeSpan.FromMinutes(150), Limit: TimeSpan.FromMinutes(10));
        var old = Storage.Deserialize<ScheduleState>(BinaryData.FromString(OldState))!;
        old.History.Insert(0, new ScheduleActionView(ScheduleActionKind.ScreenMissed, Day.AddDays(1), At.AddDays(1), At.AddDays(1).AddHours(2.5), result));

        var json = Storage.Serialize(old).ToString();
        var again = Storage.Deserialize<ScheduleState>(BinaryData.FromString(json))!;

        Assert.Equal(old.History, again.History);
        var entries = JsonNode.Parse(json)!["History"]!.AsArray();
        Assert.False(entries[0]!.AsObject().ContainsKey("Outcome"));
        Assert.Equal((int)ScheduleResultKind.TooLate, entries[0]!["Result"]!["Kind"]!.GetValue<int>());
        // An old entry keeps its sentence until it leaves the history.
        Assert.Equal("session screening, attempt 1", entries[1]!["Outcome"]!.GetValue<string>());
    }

    [Fact]
    public void JournalPayload_WrittenBeforeTypedResults_StaysReadable()
    {
        const string OldPayload = """{"type":"ScheduleActionTaken","action":{"kind":"Screen","tradingDate":"2026-11-23","dueAt":"2026-11-23T15:30:00+09:00","doneAt":"2026-11-23T15:30:00+09:00","outcome":"session screening, attempt 1"}}""";

        var payload = Assert.IsType<ScheduleActionTaken>(JsonSerializer.Deserialize<TradingEventPayload>(OldPayload, TradingEventPublisher.PayloadJson));

        Assert.Equal(new ScheduleActionView(ScheduleActionKind.Screen, Day, At, At, null, "session screening, attempt 1"), payload.Action);
    }

    [Fact]
    public void JournalPayload_New_CarriesTheTypedResultOnly()
    {
        var view = new ScheduleActionView(ScheduleActionKind.CalendarRefresh, Day, At, At, new ScheduleActionResult(ScheduleResultKind.CalendarRefreshFailed, ErrorType: "KisApiException", BrokerDays: 12));

        var json = JsonSerializer.Serialize<TradingEventPayload>(new ScheduleActionTaken(view), TradingEventPublisher.PayloadJson);

        var action = JsonNode.Parse(json)!["action"]!.AsObject();
        Assert.False(action.ContainsKey("Outcome") || action.ContainsKey("outcome") || action.ContainsKey("legacyOutcome"));
        Assert.Equal("CalendarRefreshFailed", action["result"]!["kind"]!.GetValue<string>());
        Assert.Equal(view, Assert.IsType<ScheduleActionTaken>(JsonSerializer.Deserialize<TradingEventPayload>(json, TradingEventPublisher.PayloadJson)).Action);
    }
}
