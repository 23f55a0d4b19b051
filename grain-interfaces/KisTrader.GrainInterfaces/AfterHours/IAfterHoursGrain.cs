namespace KisTrader.GrainInterfaces;

/// <summary>
/// One session's after-hours board (key: <see cref="GrainKeys.AfterHours"/>, the Day-1 KST date): the checkpoint
/// timer, the shared budget, threshold lowering, backup swaps and the 17:00 re-search (the pure AfterHoursPlanner
/// decides); symbol grains feed it observed prices; buys go to each symbol's <see cref="IPositionGrain"/>.
/// </summary>
[Alias("KisTrader.IAfterHoursGrain")]
public interface IAfterHoursGrain : IGrainWithStringKey
{
    /// <summary>Starts the board from the session's finished screen (idempotent); the session grain calls it when screened.</summary>
    [Alias("Start")]
    Task StartAsync();

    /// <summary>Whether it started and what it decided so far (the helper that builds it defines the view).</summary>
    [Alias("IsStarted"), Orleans.Concurrency.AlwaysInterleave]
    ValueTask<bool> IsStartedAsync();

    /// <summary>The board: watch list with statuses, threshold, budget, every evaluated checkpoint with its decisions.</summary>
    [Alias("Get"), Orleans.Concurrency.AlwaysInterleave]
    ValueTask<AfterHoursView> GetAsync();
}
