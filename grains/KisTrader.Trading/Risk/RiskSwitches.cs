using System.Collections.Immutable;

namespace KisTrader.Trading.Risk;

/// <summary>The account's risk state as the gates need it (the kill switch, the reconciliation halt, halted symbols).</summary>
/// <param name="EntriesHalted">Kill switch "halt entries" is on.</param>
/// <param name="Flattening">Kill switch "flatten" is on (entries halted too).</param>
/// <param name="ReconciliationHalt">An unexplained broker/journal difference halts new entries.</param>
/// <param name="HaltedSymbols">Symbols with no new orders at all, with the reason code.</param>
public sealed record RiskSwitches(bool EntriesHalted, bool Flattening, bool ReconciliationHalt, ImmutableDictionary<string, string> HaltedSymbols)
{
    /// <summary>Nothing switched off.</summary>
    public static RiskSwitches None { get; } = new(false, false, false, ImmutableDictionary<string, string>.Empty);
}
