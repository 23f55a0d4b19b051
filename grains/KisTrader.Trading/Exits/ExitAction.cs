namespace KisTrader.Trading.Exits;

/// <summary>What an exit decision asks the position to do.</summary>
public enum ExitAction
{
    /// <summary>Do nothing now.</summary>
    Hold,

    /// <summary>Place a sell order for <see cref="ExitDecision.Quantity"/> shares.</summary>
    Sell,
}
