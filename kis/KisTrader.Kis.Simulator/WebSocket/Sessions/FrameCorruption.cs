namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>How a fault damages a data frame (README "Fault injection": wsMalformed, wsTruncated).</summary>
internal enum FrameCorruption
{
    /// <summary>The header promises one record more than the payload holds (field count not count × the TR's fields).</summary>
    Malformed,

    /// <summary>The frame ends in the middle of its payload, mid-field.</summary>
    Truncated,
}
