namespace KisTrader.Trading.Exits;

/// <summary>The holding-day time windows of strategy.md §7, in clock order. Each window runs from its start (inclusive) to the next one's start.</summary>
public enum ExitWindow
{
    /// <summary>Before the open (base 09:00): no exit decisions.</summary>
    BeforeOpen,

    /// <summary>09:00–13:00: take profit +5% (sell all), stop loss −3% (sell all).</summary>
    Morning,

    /// <summary>13:00–15:00: partial take profit +3% (once), stop loss −3%.</summary>
    Afternoon,

    /// <summary>15:00–15:20: the afternoon rules plus the flat-range exit (−1.5% ≤ r ≤ +1.5% sells all).</summary>
    PreClose,

    /// <summary>15:20–15:30 (closing auction): forced exit of everything, whatever the return.</summary>
    ClosingAuction,

    /// <summary>At or after the close (base 15:30): no exit decisions; positions should already be flat.</summary>
    AfterClose,
}
