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
    /// This is the schedule's entry and is not validated: a person's start goes through <see cref="StartManualScreeningAsync"/>
    /// (<see cref="ScreeningStart.Rerun"/> here counts as a manual start; a re-run is <see cref="RerunScreeningAsync"/>).
    /// </summary>
    [Alias("StartScreening")]
    Task<SessionStatus> StartScreeningAsync(ScreeningStart trigger);

    /// <summary>
    /// A person's manual start of the day's screen (the API's trigger). Validated: who and why are required; only on a
    /// trading day's own KST date, from its close (shifted on special days) until the after-hours session starts, and
    /// only while the session is scheduled. A refusal says why and changes nothing; either way the request is
    /// journaled and published (<see cref="ScreeningRequested"/>).
    /// </summary>
    [Alias("StartManualScreening")]
    Task<ScreeningCommandResult> StartManualScreeningAsync(ScreeningCommand command);

    /// <summary>
    /// A new screening run of a screened session: fresh quotes and details from the broker, the universe and the
    /// 20-day history reused, a new run id; the earlier run stays in the journal and the new one becomes the session's
    /// screen when it finishes (a failed re-run keeps the earlier screen). Refused unless the session is screened, and
    /// once the after-hours session has begun (16:00 KST on a normal day). Journaled and published like a manual start.
    /// </summary>
    [Alias("RerunScreening")]
    Task<ScreeningCommandResult> RerunScreeningAsync(ScreeningCommand command);

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

    /// <summary>
    /// The after-hours re-search (strategy.md §6): the screen re-run over the session's cached data (no broker call)
    /// <paramref name="relaxLevels"/> levels looser than the kept level, leaving out <paramref name="alreadyWatched"/>,
    /// allocating over <paramref name="orderableCash"/>. Null when the session has no finished screen or no cached data.
    /// </summary>
    [Alias("Research")]
    Task<ScreenView?> ResearchAsync(int relaxLevels, System.Collections.Immutable.ImmutableArray<string> alreadyWatched, decimal orderableCash);
}
