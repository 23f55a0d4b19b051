using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// One trading session (key: ISO date): scheduled → screening → screened. The screen runs as a background task
/// started from a grain turn: its continuations run on the activation's scheduler (so state access stays
/// single-threaded) but between requests, so <see cref="GetStatusAsync"/> is answered while it runs. Each finished
/// funnel stage is persisted; an activation that finds the session screening (a silo died mid-screen) resumes at the
/// first unfinished stage. A failed screen returns to scheduled, keeping its finished stages for the next start.
/// </summary>
internal sealed class TradingSessionGrain(
    [PersistentState("session", ProviderNames.GrainStorage)] IPersistentState<TradingSessionState> state,
    ScreeningFunnel funnel,
    ITradingJournal journal,
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

    public async Task<SessionStatus> StartScreeningAsync(ScreeningStart trigger)
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
        var reason = trigger == ScreeningStart.Schedule ? "15:30 schedule" : "manual start";
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
            S.Screen = run.ToView(date, S.RunId, finished - S.StartedAt!.Value);
            S.FinishedAt = finished;
            S.Phase = SessionPhase.Screened;
            await state.WriteStateAsync();
            LogScreen(date, S.Screen);
            await ChangedAsync(SessionPhase.Screened, $"{S.Screen.Candidates.Length} candidates at {S.Screen.FinalLevel}");
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The activation is going away; the persisted stages stay for the next activation to resume from.
        }
        catch (Exception e)
        {
            logger.ScreenFailed(e, date, S.Attempts);
            S.Phase = SessionPhase.Scheduled;
            S.LastError = $"{e.GetType().Name}: {e.Message}";
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
        var trigger = S.Trigger == ScreeningStart.Schedule ? ScreeningTrigger.Schedule : ScreeningTrigger.Manual;
        var record = ScreeningRunRecord.From(S.RunId, Date, trigger, S.StartedAt!.Value, finished, run.BrokerCalls, run.Request, run.Result);
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

    private async Task ChangedAsync(SessionPhase phase, string reason)
    {
        var at = time.GetUtcNow();
        logger.PhaseChanged(Date, phase, reason);
        await journal.RecordSessionStateAsync(new SessionStateChange(Date, ToJournal(phase), Mode(), at, reason), CancellationToken.None);
        var stream = this.GetStreamProvider(ProviderNames.Streams).GetStream<SessionEvent>(StreamId.Create(ProviderNames.EventsNamespace, SessionEvent.StreamKey));
        await stream.OnNextAsync(new SessionEvent(Date, phase, at, reason));
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
