namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// An index (0001 KOSPI, 1001 KOSDAQ) at an instant: cap-weighted over its constituents' last prices
/// (value = Σ shares × price ÷ divisor), with the constituents' cumulative volume/value and the breadth counts.
/// </summary>
internal sealed record SimIndexQuote(
    string IndexCode,
    string Name,
    DateTimeOffset At,
    DateOnly Date,
    decimal Value,
    decimal PrevClose,
    decimal Open,
    decimal High,
    decimal Low,
    long Volume,
    decimal TradingValue,
    long PrevVolume,
    decimal PrevTradingValue,
    int Advancers,
    int UpperLimitCount,
    int Unchanged,
    int Decliners,
    int LowerLimitCount)
{
    public decimal Change => Value - PrevClose;

    public decimal ChangeRate => PrevClose == 0 ? 0m : Math.Round((Value - PrevClose) * 100m / PrevClose, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A completed day of an index.</summary>
internal sealed record SimIndexDailyBar(
    DateOnly Date,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long Volume,
    decimal TradingValue);
