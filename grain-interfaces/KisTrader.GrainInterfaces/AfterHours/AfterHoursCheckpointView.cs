using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>One evaluated checkpoint.</summary>
/// <param name="Checkpoint">Base KST time (16:00, 16:30, 17:00, 17:30).</param>
/// <param name="EvaluatedAt">When it was evaluated.</param>
/// <param name="OrderableCash">The account's orderable cash read just before (nrcvb_buy_amt), KRW.</param>
/// <param name="FeedConnected">Whether the realtime session was connected (false ⇒ every price came from REST).</param>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="NextThreshold">The threshold of the next checkpoint.</param>
/// <param name="ThresholdLowered">True when the next threshold is lower.</param>
/// <param name="Research">True when this checkpoint requested the re-search.</param>
/// <param name="ResearchAdded">Codes the re-search added to the watch list.</param>
/// <param name="Decisions">One decision per active symbol, best first.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursCheckpointView")]
public sealed record AfterHoursCheckpointView(
    [property: Id(0)] TimeOnly Checkpoint,
    [property: Id(1)] DateTimeOffset EvaluatedAt,
    [property: Id(2)] decimal OrderableCash,
    [property: Id(3)] bool FeedConnected,
    [property: Id(4)] decimal Threshold,
    [property: Id(5)] decimal NextThreshold,
    [property: Id(6)] bool ThresholdLowered,
    [property: Id(7)] bool Research,
    [property: Id(8)] ImmutableArray<string> ResearchAdded,
    [property: Id(9)] ImmutableArray<AfterHoursDecisionView> Decisions);
