namespace KisTrader.Trading.Screening.Features;

/// <summary>Why a feature is not known.</summary>
public enum FeatureIssue
{
    /// <summary>No issue: the feature is known.</summary>
    None,

    /// <summary>An input the feature needs was not supplied.</summary>
    NotSupplied,

    /// <summary>C1: fewer previous trading days than required (e.g. a recent listing).</summary>
    InsufficientHistory,

    /// <summary>C1: the previous days' mean volume is zero (or the history holds a negative volume).</summary>
    NoHistoryVolume,

    /// <summary>C2/C3: the minute-bar list is empty.</summary>
    NoMinuteBars,

    /// <summary>C2/C3: a bar has a negative volume, a traded bar a non-positive price, or a minute is supplied twice.</summary>
    InvalidMinuteBar,

    /// <summary>C2: bars before the late-session cutoff were supplied but none traded, so P14 does not exist.</summary>
    NoTradeBeforeCutoff,

    /// <summary>C3/C6: the day volume is zero or negative.</summary>
    NoDayVolume,

    /// <summary>C3: the bars from the cutoff on hold more volume than the whole day (inconsistent data).</summary>
    BarVolumeExceedsDayVolume,

    /// <summary>C4: no sell-initiated volume (the ratio is undefined) or a negative volume.</summary>
    NoSellInitiatedVolume,

    /// <summary>C4: the broker's 체결강도 is negative.</summary>
    InvalidBrokerExecutionStrength,

    /// <summary>C5: the previous close is zero or negative.</summary>
    NonPositivePreviousClose,

    /// <summary>C6: the VWAP (or the trading value it is computed from) is zero or negative.</summary>
    NonPositiveVwap,

    /// <summary>C2/C5/C6: the close is zero or negative.</summary>
    NonPositiveClose,
}
