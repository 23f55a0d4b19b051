namespace KisTrader.Grains.Storage;

/// <summary>Which broker a session trades against.</summary>
public enum TradingMode
{
    /// <summary>The in-process KIS simulator.</summary>
    Simulator,

    /// <summary>KIS paper trading (모의투자).</summary>
    Paper,

    /// <summary>A real account.</summary>
    Real,
}
