namespace KisTrader.Grains.Realtime;

/// <summary>Pure rule: what a failed re-subscription of a persisted hold means while restoring.</summary>
public enum RestoreOutcome
{
    /// <summary>Passing (no reply in time, or the dead silo's session still holds the app key): wait and send it again.</summary>
    Retry,

    /// <summary>KIS refused it for good: drop the hold from the table.</summary>
    Drop,

    /// <summary>Not a broker answer (a bug, a cancellation): let it end the restore.</summary>
    Fail,
}
