namespace KisTrader.Kis.Models;

/// <summary>FID_PERIOD_DIV_CODE of the period charts.</summary>
public enum ChartPeriod
{
    /// <summary>D: daily bars.</summary>
    Day,

    /// <summary>W: weekly bars.</summary>
    Week,

    /// <summary>M: monthly bars.</summary>
    Month,

    /// <summary>Y: yearly bars.</summary>
    Year,
}
