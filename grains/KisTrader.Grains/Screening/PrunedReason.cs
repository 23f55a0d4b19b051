using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Grains.Screening;

/// <summary>One base-filter reason of a listing the funnel dropped before its quote (a checkpointable <see cref="ExclusionDetail"/>).</summary>
/// <param name="Reason">The reason, as the quote-based filter would report it.</param>
/// <param name="Text">The sentence for people.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.PrunedReason")]
public sealed record PrunedReason(
    [property: Id(0)] ExclusionReason Reason,
    [property: Id(1)] string Text);
