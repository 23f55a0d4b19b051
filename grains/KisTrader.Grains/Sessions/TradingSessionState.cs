using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Trading.Sessions;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// The persisted state of a <see cref="TradingSessionGrain"/>. The funnel checkpoint keeps every finished stage's data
/// (not only its result): a restart mid-screen resumes at the first unfinished stage, and after the screen the day's
/// collected data stays for the after-hours re-search (strategy §6: no new broker calls for day data).
/// </summary>
[GenerateSerializer, Alias("KisTrader.TradingSessionState")]
public sealed class TradingSessionState
{
    [Id(0)] public SessionPhase Phase { get; set; } = SessionPhase.Scheduled;

    [Id(1)] public ScreeningStart Trigger { get; set; }

    [Id(2)] public Guid RunId { get; set; }

    [Id(3)] public DateTimeOffset? StartedAt { get; set; }

    [Id(4)] public DateTimeOffset? FinishedAt { get; set; }

    [Id(5)] public int Attempts { get; set; }

    [Id(6)] public string? LastError { get; set; }

    [Id(7)] public FunnelCheckpoint? Checkpoint { get; set; }

    [Id(8)] public ScreenView? Screen { get; set; }

    /// <summary>True once the journal has the session (its first state change creates the row).</summary>
    [Id(9)] public bool Journaled { get; set; }

    /// <summary>While a re-run runs: the run it will replace as the session's screen.</summary>
    [Id(10)] public Guid? ReplacedRunId { get; set; }

    /// <summary>While a re-run runs: the kept screen's checkpoint, restored when the re-run fails.</summary>
    [Id(11)] public FunnelCheckpoint? ReplacedCheckpoint { get; set; }

    /// <summary>Positions the session's after-hours board opened, as last counted (set when the session closes).</summary>
    [Id(12)] public int Positions { get; set; }

    /// <summary>Once closed: the symbols that were not flat at the exit day's close (empty when every position was).</summary>
    [Id(13)] public List<string> NotFlat { get; set; } = [];

    /// <summary>Once closed: true when the statistics were written and the day's result published.</summary>
    [Id(14)] public bool ResultRecorded { get; set; }

    /// <summary>
    /// The portfolio settings (budget, counts, mode) the screen runs with, every value filled: read from the account's
    /// <see cref="IPortfolioConfigGrain"/> when a run starts and kept for a resumed run and the after-hours re-search,
    /// so a later change never alters a screened session. Null = the configured defaults (a session screened before).
    /// </summary>
    [Id(15)] public PortfolioOverrides? Portfolio { get; set; }

    /// <summary>While a re-run runs: the kept screen's portfolio settings, restored when the re-run fails.</summary>
    [Id(16)] public PortfolioOverrides? ReplacedPortfolio { get; set; }
}
