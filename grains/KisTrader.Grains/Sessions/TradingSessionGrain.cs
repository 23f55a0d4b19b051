using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// One trading session (key: ISO date): scheduled → screening → screened. The screen runs as a background task
/// started from a grain turn: its continuations run on the activation's scheduler (so state access stays
/// single-threaded) but between requests, so <see cref="GetStatusAsync"/> is answered while it runs. Each finished
/// funnel stage is persisted; an activation that finds the session screening (a silo died mid-screen) resumes at the
/// first unfinished stage. A failed screen returns to scheduled, keeping its finished stages for the next start; a failed
/// re-run returns to screened with the earlier screen. Every phase change is journaled (session state) and published with
/// the journal's sequence (<see cref="TradingEventPublisher"/>: <see cref="SessionPhaseChanged"/>, <see cref="ScreeningRequested"/>,
/// <see cref="ScreeningFinished"/> on <c>events/all</c>) and, as before, as a <see cref="SessionEvent"/> on <c>events/sessions</c>.
/// </summary>
internal sealed class TradingSessionGrain(
    [PersistentState("session", ProviderNames.GrainStorage)] IPersistentState<TradingSessionState> state,
    ScreeningFunnel funnel,
    ITradingJournal journal,
    TradingEventPublisher events,
    KrxCalendar calendar,
    IOptions<KisOptions> kis,
    TimeProvider time,
    ILogger<TradingSessionGrain> logger) : Grain, ITradingSessionGrain, IDisposable
{
    // Cancelled when the activation goes away (silo shutdown): the screen then stops without touching the state, and
    // the next activation finds the session screening and resumes it.
    private readonly CancellationTokenSource _stopping = new();
    private Task? _run;

    private DateOnly Date => GrainKeys.ParseTradingSession(this.GetPrimaryKeyString());

    private TradingSessionState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Phase == SessionPhase.Screening)
        {
            logger.Resuming(Date, (S.Checkpoint?.CompletedStages ?? 0) + 1);
            S.Attempts++;
            _run = RunAsync("resumed after a restart");
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _stopping.CancelAsync();

    public void Dispose() => _stopping.Dispose();

    public Task<SessionStatus> StartScreeningAsync(ScreeningStart trigger) =>
        StartAsync(trigger == ScreeningStart.Rerun ? ScreeningStart.Manual : trigger, trigger == ScreeningStart.Schedule ? "15:30 schedule" : "manual start");

    public async Task<ScreeningCommandResult> StartManualScreeningAsync(ScreeningCommand command)
    {
        var refusal = CommandRefusal(command) ?? S.Phase switch
        {
            SessionPhase.Screening => "a screen is already running",
            SessionPhase.Screened => "the session is already screened; ask for a re-run instead",
            _ => null,
        } ?? WindowRefusal(fromClose: true);
        if (refusal is not null)
        {
            return await RefuseAsync(ScreeningCommandKind.Start, command, refusal);
        }

        var status = await StartAsync(ScreeningStart.Manual, $"manual start by {command.RequestedBy}: {command.Reason}");
        return await AcceptedAsync(ScreeningCommandKind.Start, command, status);
    }

    public async Task<ScreeningCommandResult> RerunScreeningAsync(ScreeningCommand command)
    {
        var refusal = CommandRefusal(command) ?? S.Phase switch
        {
            SessionPhase.Scheduled => "the session is not screened yet; start its screen first",
            SessionPhase.Screening => "a screen is already running",
            _ => null,
        } ?? WindowRefusal(fromClose: false);
        if (refusal is not null)
        {
            return await RefuseAsync(ScreeningCommandKind.Rerun, command, refusal);
        }

        // Fresh quotes and details; the universe and the 20-day history (stages 1–2) are reused as they are.
        var previous = S.Checkpoint ?? new FunnelCheckpoint { Date = Date };
        S.Checkpoint = new FunnelCheckpoint
        {
            Date = Date,
            Universe = previous.Universe,
            PrunedByReason = new Dictionary<string, int>(previous.PrunedByReason, StringComparer.Ordinal),
            History = previous.History,
            Stages = [.. previous.Stages.Where(st => st.Stage <= FunnelStage.History)],
        };
        S.ReplacedRunId = S.Screen?.RunId;
        S.ReplacedCheckpoint = previous;
        S.RunId = Guid.NewGuid();
        S.Trigger = ScreeningStart.Rerun;
        // FinishedAt keeps the earlier run's end until the re-run ends (a failed re-run restores its start from it).
        S.StartedAt = time.GetUtcNow();
        S.Phase = SessionPhase.Screening;
        S.Attempts++;
        S.LastError = null;
        await state.WriteStateAsync();
        await ChangedAsync(SessionPhase.Screening, $"re-run by {command.RequestedBy}: {command.Reason}");
        _run = RunAsync(null);
        return await AcceptedAsync(ScreeningCommandKind.Rerun, command, Status());
    }

    private async Task<SessionStatus> StartAsync(ScreeningStart trigger, string reason)
    {
        if (S.Phase != SessionPhase.Scheduled)
        {
            return Status();
        }

        var first = S.Attempts == 0;
        if (first)
        {
            S.RunId = Guid.NewGuid();
            S.Trigger = trigger;
            S.StartedAt = time.GetUtcNow();
        }

        S.Checkpoint ??= new FunnelCheckpoint { Date = Date };
        await EnsureJournaledAsync();
        S.Phase = SessionPhase.Screening;
        S.Attempts++;
        S.LastError = null;
        await state.WriteStateAsync();
        await ChangedAsync(SessionPhase.Screening, first ? reason : $"{reason}, attempt {S.Attempts} resumes at stage {S.Checkpoint.CompletedStages + 1}");
        // A prefetch still running finishes first; the screen then starts from its stages.
        var previous = _run;
        _run = RunAfterAsync(previous);
        return Status();
    }

    public async Task<SessionStatus> PrefetchAsync()
    {
        if (S.Phase != SessionPhase.Scheduled || _run is { IsCompleted: false } || S.Checkpoint?.History is not null)
        {
            return Status();
        }

        S.Checkpoint ??= new FunnelCheckpoint { Date = Date };
        await EnsureJournaledAsync();
        await state.WriteStateAsync();
        _run = PrefetchRunAsync();
        return Status();
    }

    public ValueTask<SessionStatus> GetStatusAsync() => ValueTask.FromResult(Status());

    public ValueTask<ScreenView?> GetScreenAsync() => ValueTask.FromResult(S.Screen);

    private SessionStatus Status() =>
        new(Date, S.Phase, [.. (S.Checkpoint?.Stages ?? []).OrderBy(s => s.Stage).Select(s => s.ToView())], S.StartedAt, S.FinishedAt, S.LastError, S.Attempts);

    private async Task RunAfterAsync(Task? previous)
    {
        if (previous is not null)
        {
            await previous;
        }

        await RunAsync(null);
    }

    private async Task PrefetchRunAsync()
    {
        try
        {
            await funnel.PrefetchAsync(S.Checkpoint!, async c =>
            {
                S.Checkpoint = c;
                await state.WriteStateAsync();
            }, new LoggingProgress(logger, Date), _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Going away; the finished stages are persisted.
        }
        catch (Exception e)
        {
            logger.PrefetchFailed(e, Date);
            S.LastError = $"prefetch: {e.GetType().Name}: {e.Message}";
            await state.WriteStateAsync();
        }
    }

    private async Task EnsureJournaledAsync()
    {
        if (!S.Journaled)
        {
            await ChangedAsync(SessionPhase.Scheduled, "session created");
            S.Journaled = true;
        }
    }

    private async Task RunAsync(string? resumeReason)
    {
        var date = Date;
        try
        {
            if (resumeReason is not null)
            {
                // Started from OnActivateAsync: let the activation finish first.
                await Task.Yield();
                await state.WriteStateAsync();
                await ChangedAsync(SessionPhase.Screening, resumeReason);
            }

            // A screen takes minutes at most; keep the activation (and its background task) until it ends.
            DelayDeactivation(TimeSpan.FromHours(1));
            var cash = await OrderableCashAsync();
            S.Checkpoint ??= new FunnelCheckpoint { Date = date };
            var run = await funnel.RunAsync(S.Checkpoint, cash, async c =>
            {
                S.Checkpoint = c;
                await state.WriteStateAsync();
            }, new LoggingProgress(logger, date), _stopping.Token);
            var finished = time.GetUtcNow();
            await RecordRunAsync(run, finished);
            var screen = run.ToView(date, S.RunId, finished - S.StartedAt!.Value);
            var replaced = S.ReplacedRunId;
            LogScreen(date, screen);
            // Journal (and publish) first, then make the phase visible: whoever sees "screened" finds it in the journal.
            await ChangedAsync(SessionPhase.Screened, $"{screen.Candidates.Length} candidates at {screen.FinalLevel}");
            await events.PublishAsync(
                Streams(), TradingEventCategory.Session, Subject, finished, date,
                $"{date:yyyy-MM-dd} screen {screen.RunId:N}: {screen.Candidates.Length} candidates at {screen.FinalLevel}, {screen.BrokerCalls} broker calls, {screen.Duration.TotalSeconds:0.0} s{(replaced is null ? "" : " (re-run)")}",
                new ScreeningFinished(date, screen.RunId, JournalTrigger().ToString(), screen.FinalLevel, screen.Candidates.Length, screen.Selected, screen.BrokerCalls, screen.Duration, replaced));
            S.Screen = screen;
            S.FinishedAt = finished;
            S.Phase = SessionPhase.Screened;
            S.ReplacedRunId = null;
            S.ReplacedCheckpoint = null;
            await state.WriteStateAsync();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The activation is going away; the persisted stages stay for the next activation to resume from.
        }
        catch (Exception e)
        {
            logger.ScreenFailed(e, date, S.Attempts);
            S.LastError = $"{e.GetType().Name}: {e.Message}";
            if (S.Screen is { } kept)
            {
                // A failed re-run: the earlier screen stays the session's screen.
                S.Phase = SessionPhase.Screened;
                S.RunId = kept.RunId;
                S.ReplacedRunId = null;
                S.StartedAt = S.FinishedAt - kept.Duration;
                // The kept screen's data (its quotes and details) stay the session's, e.g. for the after-hours re-search.
                S.Checkpoint = S.ReplacedCheckpoint ?? S.Checkpoint;
                S.ReplacedCheckpoint = null;
                await state.WriteStateAsync();
                await ChangedAsync(SessionPhase.Screened, $"re-run failed; run {kept.RunId} stays the screen");
                return;
            }

            S.Phase = SessionPhase.Scheduled;
            await state.WriteStateAsync();
            await ChangedAsync(SessionPhase.Scheduled, "screen failed; finished stages kept");
        }
    }

    private async Task<decimal> OrderableCashAsync()
    {
        var options = kis.Value;
        var cano = options.AccountNumber ?? throw new InvalidOperationException("Kis:AccountNumber is required to size the screen's allocation.");
        var snapshot = await GrainFactory.GetGrain<IAccountGrain>(GrainKeys.Account(cano, options.AccountProductCode)).RefreshAsync(CancellationToken.None);
        return snapshot.OrderableCash;
    }

    private async Task RecordRunAsync(FunnelRun run, DateTimeOffset finished)
    {
        var record = ScreeningRunRecord.From(S.RunId, Date, JournalTrigger(), S.StartedAt!.Value, finished, run.BrokerCalls, run.Request, run.Result);
        try
        {
            await journal.RecordScreeningRunAsync(record, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Recorded before a crash that came ahead of the state write: the journal already has this run.
            if (await journal.ReadScreeningRunAsync(S.RunId, CancellationToken.None) is null)
            {
                throw;
            }
        }
    }

    private ScreeningTrigger JournalTrigger() => S.Trigger switch
    {
        ScreeningStart.Schedule => ScreeningTrigger.Schedule,
        ScreeningStart.Rerun => ScreeningTrigger.Rerun,
        _ => ScreeningTrigger.Manual,
    };

    private string Subject => GrainKeys.TradingSession(Date);

    private IStreamProvider? Streams() => ServiceProvider.GetKeyedService<IStreamProvider>(ProviderNames.Streams);

    /// <summary>Journals the state change (session row + history), then publishes it on both event streams.</summary>
    private async Task ChangedAsync(SessionPhase phase, string reason)
    {
        var at = time.GetUtcNow();
        logger.PhaseChanged(Date, phase, reason);
        await journal.RecordSessionStateAsync(new SessionStateChange(Date, ToJournal(phase), Mode(), at, reason), CancellationToken.None);
        var runId = phase == SessionPhase.Scheduled ? (Guid?)null : S.RunId;
        var streams = Streams();
        await events.PublishAsync(
            streams, TradingEventCategory.Session, Subject, at, Date, $"{Date:yyyy-MM-dd} {phase.ToString().ToLowerInvariant()}: {reason}",
            new SessionPhaseChanged(Date, phase, reason, runId, S.Attempts));
        try
        {
            if (streams is not null)
            {
                await streams.GetStream<SessionEvent>(StreamId.Create(ProviderNames.EventsNamespace, SessionEvent.StreamKey)).OnNextAsync(new SessionEvent(Date, phase, at, reason));
            }
        }
        catch (Exception e)
        {
            logger.SessionEventNotPublished(e, Date, phase);
        }
    }

    private static string? CommandRefusal(ScreeningCommand? command)
    {
        if (command is null)
        {
            return "a request needs who asks and why";
        }

        if (string.IsNullOrWhiteSpace(command.RequestedBy) || command.RequestedBy.Length > ScreeningCommand.MaxRequestedByLength || command.RequestedBy.Any(char.IsControl))
        {
            return $"RequestedBy must be 1–{ScreeningCommand.MaxRequestedByLength} characters without control characters";
        }

        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Length > ScreeningCommand.MaxReasonLength || command.Reason.Any(char.IsControl))
        {
            return $"Reason must be 1–{ScreeningCommand.MaxReasonLength} characters without control characters";
        }

        return null;
    }

    /// <summary>
    /// Null when now (KST) is on the session's own trading day, before its after-hours start, and (for a first screen)
    /// at or after its close; otherwise why not. Special days shift both through the calendar.
    /// </summary>
    private string? WindowRefusal(bool fromClose)
    {
        var now = time.GetUtcNow();
        var today = KrxTime.DateOf(now);
        if (!calendar.IsTradingDay(Date))
        {
            return $"{Date:yyyy-MM-dd} is not a KRX trading day";
        }

        if (today != Date)
        {
            return today < Date
                ? $"the session {Date:yyyy-MM-dd} has not begun (it is {today:yyyy-MM-dd} KST)"
                : $"the session {Date:yyyy-MM-dd} is over (it is {today:yyyy-MM-dd} KST)";
        }

        var sessions = calendar.Sessions(Date);
        if (fromClose && now < sessions.RegularClose)
        {
            return $"the screen uses the day's close: not before {KrxTime.ToKst(sessions.RegularClose):HH:mm} KST";
        }

        if (now >= sessions.AfterHoursStart)
        {
            return $"the after-hours session began at {KrxTime.ToKst(sessions.AfterHoursStart):HH:mm} KST";
        }

        return null;
    }

    private async Task<ScreeningCommandResult> RefuseAsync(ScreeningCommandKind kind, ScreeningCommand? command, string refusal)
    {
        var who = Clip(command?.RequestedBy, ScreeningCommand.MaxRequestedByLength);
        var why = Clip(command?.Reason, ScreeningCommand.MaxReasonLength);
        logger.CommandRefused(Date, kind, who, refusal);
        await events.PublishAsync(
            Streams(), TradingEventCategory.Session, Subject, time.GetUtcNow(), Date,
            $"{Date:yyyy-MM-dd} {(kind == ScreeningCommandKind.Start ? "manual screen" : "re-run")} by {who} refused: {refusal}",
            new ScreeningRequested(Date, kind, who, why, false, refusal, null));
        return new ScreeningCommandResult(false, refusal, null, Status());
    }

    private async Task<ScreeningCommandResult> AcceptedAsync(ScreeningCommandKind kind, ScreeningCommand command, SessionStatus status)
    {
        await events.PublishAsync(
            Streams(), TradingEventCategory.Session, Subject, time.GetUtcNow(), Date,
            $"{Date:yyyy-MM-dd} {(kind == ScreeningCommandKind.Start ? "manual screen" : "re-run")} by {command.RequestedBy} started run {S.RunId:N}",
            new ScreeningRequested(Date, kind, command.RequestedBy, command.Reason, true, null, S.RunId));
        return new ScreeningCommandResult(true, null, S.RunId, status);
    }

    // A refused request is journaled as asked, cut to the allowed length and with control characters replaced.
    private static string Clip(string? text, int max)
    {
        var value = string.IsNullOrEmpty(text) ? "(none)" : text.Length > max ? text[..max] : text;
        return new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
    }

    private TradingMode Mode() => kis.Value.Environment switch
    {
        KisEnvironment.Real => TradingMode.Real,
        KisEnvironment.Paper => TradingMode.Paper,
        _ => TradingMode.Simulator,
    };

    private static SessionState ToJournal(SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => SessionState.Scheduled,
        SessionPhase.Screening => SessionState.Screening,
        _ => SessionState.Screened,
    };

    private void LogScreen(DateOnly date, ScreenView screen)
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

    /// <summary>Logs the funnel's stage lines ("stage 3/4: quotes 342/342, 344 calls, 19.1 s").</summary>
    private sealed class LoggingProgress(ILogger logger, DateOnly date) : IProgress<FunnelProgress>
    {
        public void Report(FunnelProgress value)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.StageProgress(date, value.ToString());
            }
        }
    }
}
