namespace KisTrader.Kis.Simulator.Trading.Market;

/// <summary>A listing as the order desk sees it on one date.</summary>
/// <param name="Code">6-digit short code (PDNO).</param>
/// <param name="Name">Korean name (prdt_name).</param>
/// <param name="IsEtfLike">ETF/ETN: 5-won tick at every price and no transaction tax.</param>
/// <param name="Halted">Trading halt (거래정지): orders are refused.</param>
/// <param name="BasePrice">기준가 (previous close) of the date.</param>
/// <param name="UpperLimit">상한가 of the date.</param>
/// <param name="LowerLimit">하한가 of the date.</param>
internal sealed record TradableInstrument(
    string Code,
    string Name,
    bool IsEtfLike,
    bool Halted,
    decimal BasePrice,
    decimal UpperLimit,
    decimal LowerLimit);
