namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>What an order row is: a new order, a modify (정정) or a cancel (취소) of an earlier order.</summary>
internal enum OrderAction
{
    New,
    Modify,
    Cancel,
}
