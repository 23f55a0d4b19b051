namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// Highest and lowest level over a date range with the dates they occurred. For listings and indices alike this is taken
/// from daily opens and closes of completed days plus today's high/low so far (intraday extremes of past days are not
/// scanned, so a range query never generates history).
/// </summary>
internal sealed record SimPriceRange(decimal High, DateOnly HighDate, decimal Low, DateOnly LowDate);
