namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>Cash that moves into the deposit on a settlement date (negative for buys).</summary>
internal sealed record PendingSettlement(DateOnly SettlesOn, decimal Amount);
