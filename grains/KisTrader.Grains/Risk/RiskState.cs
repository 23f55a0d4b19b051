using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Risk;

/// <summary>Persisted state of <see cref="RiskGrain"/>: the kill switch (survives restarts), the reconciliation halt, halted symbols, tracked positions.</summary>
[GenerateSerializer, Alias("KisTrader.RiskState")]
public sealed class RiskState
{
    [Id(0)] public KillSwitchMode Mode { get; set; }

    [Id(1)] public string? ModeChangedBy { get; set; }

    [Id(2)] public string? ModeReason { get; set; }

    [Id(3)] public DateTimeOffset? ModeChangedAt { get; set; }

    [Id(4)] public bool EntriesHaltedByReconciliation { get; set; }

    [Id(5)] public string? ReconciliationDifference { get; set; }

    [Id(6)] public Dictionary<string, string> HaltedSymbols { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open positions, in the order they told the account.</summary>
    [Id(7)] public List<string> OpenPositions { get; set; } = [];

    [Id(8)] public DateTimeOffset? UpdatedAt { get; set; }
}
