namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// A cap-weighted index: value = Σ listed shares × price ÷ divisor over its constituents (KOSPI: KOSPI ordinary shares
/// and REITs; KOSDAQ likewise; preferred shares, SPACs, funds, ETFs and ETNs excluded). The divisor makes the index equal
/// its base level at the history start's base prices.
/// </summary>
internal sealed record IndexDefinition(string Code, string Name, SimMarketId Market, int[] Constituents, long[] Shares, double Divisor);
