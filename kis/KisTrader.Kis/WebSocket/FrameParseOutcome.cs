namespace KisTrader.Kis.WebSocket;

/// <summary>What became of one data frame.</summary>
internal enum FrameParseOutcome
{
    /// <summary>Every record parsed.</summary>
    Parsed,

    /// <summary>Fewer fields than NNN × the TR's field count: counted and skipped.</summary>
    TooFewFields,

    /// <summary>Unreadable header, field layout or value: counted and skipped.</summary>
    Malformed,

    /// <summary>A TR this client does not parse.</summary>
    UnknownTr,

    /// <summary>Encrypted and no key/IV known for the TR, or decryption failed.</summary>
    Undecryptable,
}
