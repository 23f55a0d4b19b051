namespace KisTrader.Trading.Exits;

/// <summary>Why a position (or part of it) was sold. Used by exit decisions and by the statistics' exit-reason mix.</summary>
public enum ExitReason
{
    /// <summary>Take profit: sell all (09:00–13:00 window).</summary>
    TakeProfit,

    /// <summary>50% partial take profit (13:00–15:20), at +3% or, by option, at 13:00.</summary>
    PartialTakeProfit,

    /// <summary>Stop loss: sell all.</summary>
    StopLoss,

    /// <summary>Flat-range exit in 15:00–15:20: −1.5% ≤ r ≤ +1.5%, sell all.</summary>
    FlatRangeExit,

    /// <summary>Forced exit in 15:20–15:30 whatever the return.</summary>
    ForcedExit,

    /// <summary>A user's manual sell or flatten (kill switch).</summary>
    Manual,
}
