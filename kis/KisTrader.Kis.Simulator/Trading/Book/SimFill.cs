using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>One execution of an order.</summary>
internal sealed record SimFill(
    string OrderNo,
    string Code,
    OrderSide Side,
    DateTimeOffset At,
    long Quantity,
    decimal Price,
    decimal Commission,
    decimal Tax);
