namespace KisTrader.Grains.Screening;

/// <summary>The funnel's stages, in order; each spends broker calls only on what the previous one left alive.</summary>
public enum FunnelStage
{
    /// <summary>Master files (no REST call): listing flags and the previous-day market-cap and price bounds.</summary>
    Universe = 1,

    /// <summary>Previous daily volumes (daily chart, one call per listing); prefetchable before the close.</summary>
    History = 2,

    /// <summary>At the close: the two index returns and one quote per listing still alive.</summary>
    Quotes = 3,

    /// <summary>Minute bars from 14:00 and execution strength, only for listings that can still pass relax 3.</summary>
    Details = 4,
}
