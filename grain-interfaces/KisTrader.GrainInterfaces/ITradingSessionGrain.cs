namespace KisTrader.GrainInterfaces;

/// <summary>
/// One trading session (key: the KST date, <see cref="GrainKeys.TradingSession"/>): scheduled → screening → screened.
/// The screen runs in the background; status reads stay answered while it runs.
/// </summary>
[Alias("KisTrader.ITradingSessionGrain")]
public interface ITradingSessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the day's screen when the session is scheduled and returns at once. Idempotent: while screening or once
    /// screened it only returns the current status. A failed screen goes back to scheduled and resumes from its finished stages on the next start.
    /// </summary>
    [Alias("StartScreening")]
    Task<SessionStatus> StartScreeningAsync(ScreeningStart trigger);

    /// <summary>
    /// Before the close: fetches the slow-changing inputs (master files, 20-day volume history) in the background and
    /// keeps them for the 15:30 screen. Only while scheduled; a screen started meanwhile runs after it.
    /// </summary>
    [Alias("Prefetch")]
    Task<SessionStatus> PrefetchAsync();

    /// <summary>The session's state and the funnel stages finished so far.</summary>
    [Alias("GetStatus")]
    ValueTask<SessionStatus> GetStatusAsync();

    /// <summary>The finished screen, or null before it finished.</summary>
    [Alias("GetScreen")]
    ValueTask<ScreenView?> GetScreenAsync();
}
