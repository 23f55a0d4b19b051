namespace KisTrader.Trading.Risk;

/// <summary>Shares of one symbol held (the broker's balance row, or one of our positions).</summary>
public sealed record HeldShares(string Symbol, long Quantity);
