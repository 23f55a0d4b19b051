namespace KisTrader.Trading.Screening.Features;

/// <summary>Where C4 (체결강도) came from, in order of preference.</summary>
public enum ExecutionStrengthSource
{
    /// <summary>Not known.</summary>
    None,

    /// <summary>Cumulative buy- and sell-initiated volumes at the close: the definition of §2.</summary>
    CumulativeVolumes,

    /// <summary>The broker's own 체결강도 value (KIS <c>tday_rltv</c>).</summary>
    Broker,
}
