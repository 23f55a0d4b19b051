using System.Collections.Immutable;

namespace KisTrader.Trading.Risk;

/// <summary>The outcome of a reconciliation: clean, or the unexplained differences (symbol order, holdings first).</summary>
public sealed record ReconciliationResult(ImmutableArray<ReconciliationDifference> Differences)
{
    /// <summary>True when everything the broker says is explained.</summary>
    public bool Clean => Differences.IsEmpty;

    /// <summary>Every difference spelled out, "; "-separated, or null when clean.</summary>
    public string? Describe() => Clean ? null : string.Join("; ", Differences.Select(d => d.Describe()));
}
