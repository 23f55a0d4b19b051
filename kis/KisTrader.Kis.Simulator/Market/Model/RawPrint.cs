namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>A print inside the day, compact: seconds since the open, price and volume in won/shares, side.</summary>
internal readonly record struct RawPrint(int Second, int Price, int Volume, SimSide Side);
