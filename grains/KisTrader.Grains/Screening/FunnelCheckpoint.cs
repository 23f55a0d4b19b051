namespace KisTrader.Grains.Screening;

/// <summary>
/// The finished stages of one day's funnel: enough to resume after a crash without spending a finished stage's broker
/// calls again. A null part = that stage has not finished. The history part can be filled before the close (prefetch).
/// </summary>
[GenerateSerializer, Alias("KisTrader.Funnel.FunnelCheckpoint")]
public sealed class FunnelCheckpoint
{
    /// <summary>The session date the data belongs to.</summary>
    [Id(0)] public DateOnly Date { get; set; }

    /// <summary>Stage 1: the listings left after the master-file cut.</summary>
    [Id(1)] public List<UniverseMember>? Universe { get; set; }

    /// <summary>
    /// Stages 1–2: listings dropped before any quote, counted by primary reason — the
    /// <see cref="Trading.Screening.Universe.ExclusionReason"/> name ("Etf", "MarketCapBelowMinimum", "CloseBelowMinimum",
    /// ...) — or "history" (C1 not computable from the volume history). The ranking's cuts of stage 3 are in
    /// <see cref="PrunedListings"/> only and are added when the run is reported.
    /// </summary>
    [Id(2)] public Dictionary<string, int> PrunedByReason { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Stage 2: previous daily volumes by code, oldest first (an empty array = no history).</summary>
    [Id(3)] public Dictionary<string, long[]>? History { get; set; }

    /// <summary>Stage 3: the index returns.</summary>
    [Id(4)] public IndexReturns? Indices { get; set; }

    /// <summary>Stage 3: the quotes at the close.</summary>
    [Id(5)] public List<CloseQuote>? Quotes { get; set; }

    /// <summary>Stage 4: bars and strength of the listings that could still pass.</summary>
    [Id(6)] public List<SymbolDetail>? Details { get; set; }

    /// <summary>Cost of each finished stage, in stage order.</summary>
    [Id(7)] public List<StageStats> Stages { get; set; } = [];

    /// <summary>
    /// Every listing dropped before its quote for a base filter, with all its reasons (stage 1 from the master file, stage
    /// 3 from the trading-value ranking; a quote stage replaces its own entries). A checkpoint rebuilt for a re-run should
    /// carry the stage-1 entries over with <see cref="PrunedByReason"/>.
    /// </summary>
    [Id(8)] public List<PrunedListing> PrunedListings { get; set; } = [];

    /// <summary>The last finished stage (0 = none).</summary>
    public int CompletedStages => Stages.Count == 0 ? 0 : (int)Stages.Max(s => s.Stage);
}
