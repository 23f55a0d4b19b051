using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>One action the schedule took.</summary>
/// <param name="Kind">What it did.</param>
/// <param name="TradingDate">The KST trading date it was for.</param>
/// <param name="DueAt">When it was due (KST offset).</param>
/// <param name="DoneAt">When it was taken (KST offset).</param>
/// <param name="Result">What it came to, as data (the front ends word it); null only in entries written before it existed.</param>
/// <param name="LegacyOutcome">
/// Read only: the English sentence that versions before <paramref name="Result"/> wrote (JSON <c>Outcome</c>, field id 4),
/// kept so that their persisted history and journaled events stay readable and shown. Never written now (null), and its
/// JSON name and id are never reused.
/// </param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleActionView")]
public sealed record ScheduleActionView(
    [property: Id(0)] ScheduleActionKind Kind,
    [property: Id(1)] DateOnly TradingDate,
    [property: Id(2)] DateTimeOffset DueAt,
    [property: Id(3)] DateTimeOffset DoneAt,
    [property: Id(5)] ScheduleActionResult? Result,
    [property: Id(4), JsonPropertyName("Outcome"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LegacyOutcome = null);
