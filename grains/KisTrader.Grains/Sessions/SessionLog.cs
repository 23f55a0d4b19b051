using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Sessions;

/// <summary>Trading-session log messages (EventIds 1100–1119).</summary>
internal static partial class SessionLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Session {Date}: {Phase} ({Cause})")]
    public static partial void PhaseChanged(this ILogger logger, DateOnly date, SessionPhase phase, SessionChangeCause cause);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Session {Date}: {Progress}")]
    public static partial void StageProgress(this ILogger logger, DateOnly date, string progress);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Session {Date}: screened at {Level}, {Candidates} candidates, {Calls} broker calls, {Seconds:0.0} s")]
    public static partial void Screened(this ILogger logger, DateOnly date, string level, int candidates, int calls, double seconds);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Session {Date}: #{Rank} {Code} {Name} score {Score} values [{Values}] sub-scores [{SubScores}] {Role}")]
    public static partial void Candidate(this ILogger logger, DateOnly date, int rank, string code, string name, decimal score, string values, string subScores, string role);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Session {Date}: attempt {Step} {Level} passed {Passed}/{Evaluated}{Kept}")]
    public static partial void Attempt(this ILogger logger, DateOnly date, int step, string level, int passed, int evaluated, string kept);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Error, Message = "Session {Date}: screen attempt {Attempt} failed; finished stages are kept for the next start")]
    public static partial void ScreenFailed(this ILogger logger, Exception exception, DateOnly date, int attempt);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Error, Message = "Session {Date}: prefetch failed; the screen will fetch what is missing")]
    public static partial void PrefetchFailed(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Session {Date}: {Kind} requested by {RequestedBy} refused: {Refusal}")]
    public static partial void CommandRefused(this ILogger logger, DateOnly date, ScreeningCommandKind kind, string requestedBy, string refusal);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Session {Date}: resuming the screen after a restart at stage {Stage}")]
    public static partial void Resuming(this ILogger logger, DateOnly date, int stage);

    /// <summary>The finished screen: its summary, level trail and candidates (at Information only).</summary>
    public static void ScreenDetails(this ILogger logger, DateOnly date, ScreenView screen)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        logger.Screened(date, screen.FinalLevel, screen.Candidates.Length, screen.BrokerCalls, screen.Duration.TotalSeconds);
        foreach (var a in screen.Attempts)
        {
            logger.Attempt(date, a.Step, a.Level, a.Passed, a.Evaluated, a.Kept ? " (kept)" : "");
        }

        foreach (var c in screen.Candidates)
        {
            logger.Candidate(date, c.Rank, c.Code, c.Name, c.Score, string.Join(", ", c.Values), string.Join(", ", c.SubScores.Select(v => decimal.Round(v, 3))), c.Role);
        }
    }

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "Session {Date:yyyy-MM-dd}: the after-hours board could not be started")]
    public static partial void AfterHoursStartFailed(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Error, Message = "Session {Date:yyyy-MM-dd}: the exit day closed with positions not flat: {Symbols}")]
    public static partial void ClosedNotFlat(this ILogger logger, DateOnly date, string symbols);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Session {Date:yyyy-MM-dd}: a cycle check failed; the next check tries again")]
    public static partial void CycleCheckFailed(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Error, Message = "Session {Date:yyyy-MM-dd}: the statistics of the closed session could not be written")]
    public static partial void StatisticsFailed(this ILogger logger, Exception exception, DateOnly date);
}
