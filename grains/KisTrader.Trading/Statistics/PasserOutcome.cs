namespace KisTrader.Trading.Statistics;

/// <summary>What a candidate that passed the screen did the next trading day, selected or not.</summary>
/// <param name="Symbol">The KRX symbol code.</param>
/// <param name="Selected">True when it was among the selected symbols.</param>
/// <param name="NextDayReturn">Its return on D+1 as the caller defines it (e.g. D+1 close ÷ D close − 1).</param>
public sealed record PasserOutcome(string Symbol, bool Selected, decimal NextDayReturn);
