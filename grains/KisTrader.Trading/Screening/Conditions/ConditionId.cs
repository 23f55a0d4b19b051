namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// The six core conditions of strategy.md §2, in table order (C1 … C6). The numeric value is the column index used by
/// <see cref="ConditionVector"/> and <see cref="ConditionSet"/>.
/// </summary>
public enum ConditionId
{
    /// <summary>C1: today's volume ÷ mean daily volume of the previous 20 trading days (a multiple, 2.0 = twice).</summary>
    VolumeMultiple = 0,

    /// <summary>C2: (close − P14) ÷ P14, a fraction (0.01 = +1%).</summary>
    LateSessionReturn = 1,

    /// <summary>C3: volume from 14:00:00 to the close (closing auction included) ÷ day volume, a fraction (0.15 = 15%).</summary>
    LateVolumeShare = 2,

    /// <summary>C4: 체결강도 = buy-initiated ÷ sell-initiated volume × 100 (an index, 110 = 10% more buying).</summary>
    ExecutionStrength = 3,

    /// <summary>C5: stock day return − its market index day return, a fraction (0.015 = +1.5 percentage points).</summary>
    RelativeReturn = 4,

    /// <summary>C6: close ÷ day VWAP, a ratio (1.02 = 102%).</summary>
    CloseToVwap = 5,
}
