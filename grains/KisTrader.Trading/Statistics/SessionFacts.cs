using System.Collections.Immutable;

namespace KisTrader.Trading.Statistics;

/// <summary>What happened in the session of one trading date, apart from its trades.</summary>
public sealed record SessionFacts
{
    /// <summary>The session date D.</summary>
    public required DateOnly SessionDate { get; init; }

    /// <summary>The session's budget in KRW (default 10,000,000): daily returns are P&amp;L ÷ budget. Positive.</summary>
    public required decimal Budget { get; init; }

    /// <summary>Per-condition pass counts of the screen.</summary>
    public ImmutableArray<ConditionPassCount> ConditionPasses { get; init; } = [];

    /// <summary>The adjustment level whose result was kept (e.g. "Base", "Relax1", "Tighten2"); null when none ran.</summary>
    public string? AdjustmentLevel { get; init; }

    /// <summary>The after-hours checkpoints evaluated.</summary>
    public ImmutableArray<CheckpointFact> Checkpoints { get; init; } = [];

    /// <summary>Next-day returns of the passers, selected and not.</summary>
    public ImmutableArray<PasserOutcome> PasserOutcomes { get; init; } = [];
}
