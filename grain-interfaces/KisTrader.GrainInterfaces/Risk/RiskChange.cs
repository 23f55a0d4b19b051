namespace KisTrader.GrainInterfaces;

/// <summary>What changed in an account's risk state (<see cref="RiskChanged.Change"/>).</summary>
[GenerateSerializer, Alias("KisTrader.RiskChange")]
public enum RiskChange
{
    /// <summary>The kill switch was set (<see cref="RiskChanged.Mode"/>: entries halted or flattening) by a person or a rule.</summary>
    KillSwitchSet = 0,

    /// <summary>The kill switch went back to active.</summary>
    Resumed = 1,

    /// <summary>The kill switch's orders reached the tracked positions: how many, and which failed.</summary>
    KillSwitchReachedPositions = 2,

    /// <summary>A symbol was halted (no new orders for it).</summary>
    SymbolHalted = 3,

    /// <summary>A gate refused an order before it was sent: the code and the figures.</summary>
    OrderRefused = 4,

    /// <summary>A person cleared the reconciliation halt.</summary>
    ReconciliationHaltCleared = 5,
}
