namespace KisTrader.Trading.Sessions;

/// <summary>Why a session command was refused (checked in this order: the request, the phase, the trading window).</summary>
public enum SessionRefusalKind
{
    /// <summary>No request at all (a command needs who and why).</summary>
    MissingRequest = 0,

    /// <summary>RequestedBy empty, too long or with control characters.</summary>
    InvalidRequestedBy = 1,

    /// <summary>Reason empty, too long or with control characters.</summary>
    InvalidReason = 2,

    /// <summary>A screen is already running.</summary>
    AlreadyRunning = 3,

    /// <summary>A manual start of a screened session (a re-run is the command for that).</summary>
    AlreadyScreened = 4,

    /// <summary>A re-run of a session that has no screen yet.</summary>
    NotScreened = 5,

    /// <summary>The session's date is not a KRX trading day.</summary>
    NotTradingDay = 6,

    /// <summary>It is a KST day before the session's date.</summary>
    NotBegun = 7,

    /// <summary>It is a KST day after the session's date.</summary>
    Over = 8,

    /// <summary>A first screen before the day's regular close (the screen uses the close).</summary>
    BeforeClose = 9,

    /// <summary>At or after the after-hours session's start: the screen's result is in use.</summary>
    AfterHoursBegan = 10,

    /// <summary>The session is past its screen (after-hours, holding or closed): its screen is in use and stays.</summary>
    ScreenInUse = 11,
}
