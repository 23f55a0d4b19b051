namespace KisTrader.Trading.Exits;

/// <summary>Why a position must be re-evaluated at an <see cref="ExitInstant"/>.</summary>
public enum ExitInstantKind
{
    /// <summary>Shortly before the open of the exit day: start following the symbol's quotes.</summary>
    WatchStart,

    /// <summary>A window starts (09:00, 13:00, 15:00, 15:20): the applicable rules change even without a price update.</summary>
    WindowBoundary,

    /// <summary>An open exit limit order reaches its conversion instant (30 s after placing, or 15:25 at the latest).</summary>
    ConversionDue,

    /// <summary>Base 15:25: no exit limit order is left unconverted past it; the forced exit goes to market.</summary>
    MarketDeadline,

    /// <summary>The close (base 15:30): unfilled remainders expire; the position should be flat.</summary>
    Close,

    /// <summary>A periodic look at the position's open orders (a lost order notification is recovered here).</summary>
    Refresh,
}
