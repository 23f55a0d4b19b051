using System.Collections.Immutable;

namespace KisTrader.Trading.AfterHours;

/// <summary>The outcome of one checkpoint: the next state and one decision per monitored symbol, best first.</summary>
public sealed record AfterHoursCheckpointResult
{
    /// <summary>The state after this checkpoint (persist it).</summary>
    public required AfterHoursState State { get; init; }

    /// <summary>The base checkpoint time evaluated.</summary>
    public required TimeOnly Checkpoint { get; init; }

    /// <summary>One decision per symbol monitored at this checkpoint.</summary>
    public required ImmutableArray<AfterHoursDecision> Decisions { get; init; }

    /// <summary>The threshold used at this checkpoint.</summary>
    public required decimal Threshold { get; init; }

    /// <summary>The threshold the next checkpoint will use.</summary>
    public required decimal NextThreshold { get; init; }

    /// <summary>True when at least one monitored, not yet bought symbol was at or above the threshold.</summary>
    public required bool SignalFound { get; init; }

    /// <summary>Why the threshold changed or did not.</summary>
    public required string ThresholdReason { get; init; }

    /// <summary>The re-search to run now, if this checkpoint requested it.</summary>
    public ResearchRequest? Research { get; init; }

    /// <summary>True when <see cref="NextThreshold"/> is lower than <see cref="Threshold"/>.</summary>
    public bool ThresholdLowered => NextThreshold < Threshold;

    /// <summary>The buy decisions, best first.</summary>
    public IEnumerable<AfterHoursDecision> Buys => Decisions.Where(d => d.Action == AfterHoursAction.Buy);

    /// <summary>Deconstructs into (new state, decisions).</summary>
    public void Deconstruct(out AfterHoursState state, out ImmutableArray<AfterHoursDecision> decisions)
    {
        state = State;
        decisions = Decisions;
    }
}
