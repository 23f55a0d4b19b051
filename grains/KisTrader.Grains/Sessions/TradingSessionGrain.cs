using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Accounts;
using KisTrader.Grains.Portfolio;
using KisTrader.Grains.Screening;
using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.Work;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// One trading session (key: ISO date). What is allowed and where a screen's end leads is <see cref="SessionLifecycle"/>'s
/// decision; the grain loads its state, asks, persists, and journals and publishes each change once on <c>events/all</c>
/// (<see cref="SessionPhaseChanged"/>, <see cref="ScreeningRequested"/>, <see cref="ScreeningFinished"/>). The screen runs
/// as a background task started from a grain turn: its continuations run on the activation's scheduler (so state access
/// stays single-threaded) but between requests, so <see cref="GetStatusAsync"/> is answered while it runs. Each finished
/// funnel stage is persisted; an activation that finds the session screening (a silo died mid-screen) resumes at the
/// first unfinished stage. With an <see cref="IWorkClock"/> (the one-process run's simulated clock) a run — from its start
/// instant to its end — is one <see cref="WorkScope"/>: simulated time passes only while it waits (rate-limit permits,
/// delays), never while it works, so a screen takes the same simulated time at any speed (docs/simulated-time.md).
/// </summary>
internal sealed partial class TradingSessionGrain(
    [PersistentState("session", ProviderNames.GrainStorage)] IPersistentState<TradingSessionState> state,
    ScreeningFunnel funnel,
    ITradingJournal journal,
    TradingEventPublisher events,
    KrxCalendar calendar,
    IOptions<KisOptions> kis,
    TimeProvider time,
    ILogger<TradingSessionGrain> logger,
    IWorkClock? workClock = null,
    TradingStatistics? statistics = null,
    IRiskAlertJournal? alerts = null) : Grain, ITradingSessionGrain, IDisposable
{
    // Cancelled when the activation goes away (silo shutdown): the screen then stops without touching the state, and
    // the next activation finds the session screening and resumes it.
    private readonly CancellationTokenSource _stopping = new();
    private readonly SessionLifecycle _lifecycle = new(calendar);
    private Task? _run;

    private DateOnly Date => GrainKeys.ParseTradingSession(this.GetPrimaryKeyString());

    private TradingSessionState S => state.State;

    private SessionPhase Phase => S.Phase;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (SessionLifecycle.ResumesOnActivation(Phase))
        {
            logger.Resuming(Date, (S.Checkpoint?.CompletedStages ?? 0) + 1);
            S.Attempts++;
            _run = RunAsync(resumed: true, WorkScope.Start(workClock));
        }

        ResumeCycle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _stopping.CancelAsync();

    public void Dispose() => _stopping.Dispose();

    public async Task<SessionStatus> StartScreeningAsync(ScreeningStart trigger)
    {
        if (_lifecycle.Decide(Date, Phase, SessionCommand.SystemStart, null, time.GetUtcNow()).Starts)
        {
            var schedule = trigger == ScreeningStart.Schedule;
            await StartAsync(schedule ? ScreeningStart.Schedule : ScreeningStart.Manual, schedule ? SessionChangeCause.ScheduledStart : SessionChangeCause.ManualStart, null);
        }

        return Status();
    }

    public async Task<ScreeningCommandResult> StartManualScreeningAsync(ScreeningCommand command)
    {
        var request = command.ToRequest();
        var decision = _lifecycle.Decide(Date, Phase, SessionCommand.ManualStart, request, time.GetUtcNow());
        if (decision.Refusal is { } refusal)
        {
            return await RefuseAsync(ScreeningCommandKind.Start, request, refusal);
        }

        await StartAsync(ScreeningStart.Manual, SessionChangeCause.ManualStart, request);
        return await AcceptedAsync(ScreeningCommandKind.Start, command);
    }

    public async Task<ScreeningCommandResult> RerunScreeningAsync(ScreeningCommand command)
    {
        var request = command.ToRequest();
        var decision = _lifecycle.Decide(Date, Phase, SessionCommand.Rerun, request, time.GetUtcNow());
        if (decision.Refusal is { } refusal)
        {
            return await RefuseAsync(ScreeningCommandKind.Rerun, request, refusal);
        }

        await StartWorkAsync(
            async () =>
            {
                var previous = S.Checkpoint ?? new FunnelCheckpoint { Date = Date };
                S.Checkpoint = RerunCheckpoint(previous);
                S.ReplacedRunId = S.Screen?.RunId;
                S.ReplacedCheckpoint = previous;
                S.ReplacedPortfolio = S.Portfolio;
                S.Portfolio = null;
                S.RunId = Guid.NewGuid();
                S.Trigger = ScreeningStart.Rerun;
                // FinishedAt keeps the earlier run's end until the re-run ends (a failed re-run restores its start from it).
                S.StartedAt = time.GetUtcNow();
                await BeginScreenAsync(SessionChangeCause.Rerun, request, resumesAtStage: null);
            },
            work => RunAsync(resumed: false, work));
        return await AcceptedAsync(ScreeningCommandKind.Rerun, command);
    }

    public async Task<SessionStatus> PrefetchAsync()
    {
        if (!SessionLifecycle.MayPrefetch(Phase, _run is { IsCompleted: false }, S.Checkpoint?.History is not null))
        {
            return Status();
        }

        await StartWorkAsync(
            async () =>
            {
                S.Checkpoint ??= new FunnelCheckpoint { Date = Date };
                await EnsureJournaledAsync();
                await state.WriteStateAsync();
            },
            PrefetchRunAsync);
        return Status();
    }

    public ValueTask<SessionStatus> GetStatusAsync() => ValueTask.FromResult(Status());

    public ValueTask<ScreenView?> GetScreenAsync() => ValueTask.FromResult(S.Screen);

    public Task<ScreenView?> ResearchAsync(int relaxLevels, ImmutableArray<string> alreadyWatched, decimal orderableCash)
    {
        // The screened session's portfolio settings (a re-run in progress has not replaced them yet).
        var portfolio = S.ReplacedRunId is null ? S.Portfolio : S.ReplacedPortfolio;
        if (S.Screen is null || S.Checkpoint is not { } cached || funnel.Research(cached, orderableCash, alreadyWatched, relaxLevels, portfolio) is not { } result)
        {
            return Task.FromResult<ScreenView?>(null);
        }

        return Task.FromResult<ScreenView?>(result.ToResearchView(Date, Guid.NewGuid()));
    }

    private SessionStatus Status() =>
        new(Date, S.Phase, [.. (S.Checkpoint?.Stages ?? []).OrderBy(s => s.Stage).Select(s => s.ToView())], S.StartedAt, S.FinishedAt, S.LastError, S.Attempts);

    // Fresh quotes and details; the universe and the 20-day history (stages 1–2) are reused as they are.
    private FunnelCheckpoint RerunCheckpoint(FunnelCheckpoint previous) => new()
    {
        Date = Date,
        Universe = previous.Universe,
        PrunedByReason = new Dictionary<string, int>(previous.PrunedByReason, StringComparer.Ordinal),
        PrunedListings = [.. previous.PrunedListings.Where(p => p.Stage <= FunnelStage.History)],
        History = previous.History,
        Stages = [.. previous.Stages.Where(st => st.Stage <= FunnelStage.History)],
    };

    private Task StartAsync(ScreeningStart trigger, SessionChangeCause cause, SessionRequest? request) => StartWorkAsync(
        async () =>
        {
            var first = S.Attempts == 0;
            if (first)
            {
                S.RunId = Guid.NewGuid();
                S.Trigger = trigger;
                S.StartedAt = time.GetUtcNow();
            }

            S.Checkpoint ??= new FunnelCheckpoint { Date = Date };
            await EnsureJournaledAsync();
            await BeginScreenAsync(cause, request, first ? null : S.Checkpoint.CompletedStages + 1);
        },
        // A prefetch still running finishes first; the screen then starts from its stages.
        work => RunAsync(resumed: false, work, after: _run));

    /// <summary>
    /// Takes a work scope before <paramref name="prepare"/> reads the start instant, and hands it to the background run
    /// that <paramref name="start"/> begins (the run ends it); ended here if the preparation fails.
    /// </summary>
    private async Task StartWorkAsync(Func<Task> prepare, Func<WorkScope?, Task> start)
    {
        var work = WorkScope.Start(workClock);
        try
        {
            using (WorkScope.Enter(work))
            {
                await prepare();
                _run = start(work);
                work = null;
            }
        }
        finally
        {
            work?.Dispose();
        }
    }

    private async Task BeginScreenAsync(SessionChangeCause cause, SessionRequest? request, int? resumesAtStage)
    {
        S.Phase = SessionPhase.Screening;
        S.Attempts++;
        S.LastError = null;
        await state.WriteStateAsync();
        await RecordAsync(cause, request, resumesAtStage);
    }

    private async Task PrefetchRunAsync(WorkScope? work)
    {
        using var scope = work;
        using var entered = WorkScope.Enter(work);
        try
        {
            await funnel.PrefetchAsync(S.Checkpoint!, SaveCheckpointAsync, new SessionProgressLog(logger, Date), _stopping.Token);
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

    private async Task SaveCheckpointAsync(FunnelCheckpoint checkpoint)
    {
        S.Checkpoint = checkpoint;
        await state.WriteStateAsync();
    }

    private async Task EnsureJournaledAsync()
    {
        if (!S.Journaled)
        {
            await RecordAsync(SessionChangeCause.Created);
            S.Journaled = true;
        }
    }

    private async Task RunAsync(bool resumed, WorkScope? work, Task? after = null)
    {
        using var scope = work;
        using var entered = WorkScope.Enter(work);
        var date = Date;
        try
        {
            if (after is not null)
            {
                // The prefetch works in its own scope: this one waits for it without holding the clock.
                using (WorkScope.Suspend())
                {
                    await after;
                }
            }

            if (resumed)
            {
                // Started from OnActivateAsync: let the activation finish first.
                await Task.Yield();
                await state.WriteStateAsync();
                await RecordAsync(SessionChangeCause.Resumed);
            }

            // A screen takes minutes at most; keep the activation (and its background task) until it ends.
            DelayDeactivation(TimeSpan.FromHours(1));
            var cash = (await TradedAccount.Of(GrainFactory, kis.Value).RefreshAsync(CancellationToken.None)).OrderableCash;
            S.Checkpoint ??= new FunnelCheckpoint { Date = date };
            var portfolio = await PortfolioAsync(resumed);
            var run = await funnel.RunAsync(S.Checkpoint, cash, SaveCheckpointAsync, new SessionProgressLog(logger, date), _stopping.Token, portfolio);
            await FinishAsync(run);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The activation is going away; the persisted stages stay for the next activation to resume from.
        }
        catch (Exception e)
        {
            logger.ScreenFailed(e, date, S.Attempts);
            S.LastError = $"{e.GetType().Name}: {e.Message}";
            await FailAsync();
        }
    }

    private async Task FinishAsync(FunnelRun run)
    {
        var finished = time.GetUtcNow();
        await RecordRunAsync(run, finished);
        var screen = run.ToView(Date, S.RunId, finished - S.StartedAt!.Value);
        logger.ScreenDetails(Date, screen);
        // Journal (and publish) first, then make the phase visible: whoever sees "screened" finds it in the journal.
        var next = SessionLifecycle.Finished(Phase);
        await RecordAsync(next, SessionChangeCause.ScreenFinished, null, null);
        await events.PublishAsync(
            new ScreeningFinished(Date, screen.RunId, S.Trigger.ToJournal().ToString(), screen.FinalLevel, screen.Candidates.Length, screen.Selected, screen.BrokerCalls, screen.Duration, S.ReplacedRunId),
            finished);
        S.Screen = screen;
        S.FinishedAt = finished;
        S.Phase = next;
        S.ReplacedRunId = null;
        S.ReplacedCheckpoint = null;
        S.ReplacedPortfolio = null;
        await state.WriteStateAsync();
        await StartAfterHoursAsync();
        ArmCycle(finished);
    }

    // The after-hours board takes the screen from here (idempotent there); a failure is logged, the screen stays done.
    private async Task StartAfterHoursAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Date)).StartAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.AfterHoursStartFailed(e, Date);
        }
    }

    private async Task FailAsync()
    {
        S.Phase = SessionLifecycle.Failed(Phase, hasEarlierScreen: S.Screen is not null);
        if (S.Screen is { } kept)
        {
            // A failed re-run: the earlier screen, and its data (quotes and details, e.g. for the after-hours re-search),
            // stay the session's.
            S.RunId = kept.RunId;
            S.ReplacedRunId = null;
            S.StartedAt = S.FinishedAt - kept.Duration;
            S.Checkpoint = S.ReplacedCheckpoint ?? S.Checkpoint;
            S.ReplacedCheckpoint = null;
            S.Portfolio = S.ReplacedPortfolio;
            S.ReplacedPortfolio = null;
        }

        await state.WriteStateAsync();
        await RecordAsync(S.Screen is null ? SessionChangeCause.ScreenFailed : SessionChangeCause.RerunFailed);
    }

    /// <summary>
    /// The portfolio settings of this run: a resumed run keeps the ones it started with; any other run reads the account's
    /// effective configuration now and keeps it (persisted before the screen allocates). A failed read fails the run
    /// (never a screen on settings the person did not choose).
    /// </summary>
    private async Task<PortfolioOverrides> PortfolioAsync(bool resumed)
    {
        if (resumed && S.Portfolio is { } kept)
        {
            return kept;
        }

        var account = GrainKeys.Account(
            kis.Value.AccountNumber ?? throw new InvalidOperationException("Kis:AccountNumber is required to read the portfolio configuration."),
            kis.Value.AccountProductCode);
        var config = await GrainFactory.GetGrain<IPortfolioConfigGrain>(GrainKeys.PortfolioConfig(account)).GetAsync();
        S.Portfolio = config.Effective.ToOverrides();
        await state.WriteStateAsync();
        logger.SessionPortfolio(Date, S.Portfolio);
        return S.Portfolio;
    }

    private async Task RecordRunAsync(FunnelRun run, DateTimeOffset finished)
    {
        var record = ScreeningRunRecord.From(S.RunId, Date, S.Trigger.ToJournal(), S.StartedAt!.Value, finished, run.BrokerCalls, run.Request, run.Result);
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

    private Task RecordAsync(SessionChangeCause cause, SessionRequest? request = null, int? resumesAtStage = null) =>
        RecordAsync(S.Phase, cause, request, resumesAtStage);

    /// <summary>Journals the phase change (session row + history), then publishes it once on <c>events/all</c>.</summary>
    private async Task RecordAsync(SessionPhase phase, SessionChangeCause cause, SessionRequest? request, int? resumesAtStage)
    {
        var at = time.GetUtcNow();
        logger.PhaseChanged(Date, phase, cause);
        await journal.RecordSessionStateAsync(new SessionStateChange(Date, phase.ToJournal(), kis.Value.Environment.ToJournal(), at, cause.ToString()), CancellationToken.None);
        var runId = phase == SessionPhase.Scheduled ? (Guid?)null : S.RunId;
        await events.PublishAsync(new SessionPhaseChanged(Date, phase, runId, S.Attempts, cause, request?.RequestedBy, request?.Reason, resumesAtStage), at);
    }

    private async Task<ScreeningCommandResult> RefuseAsync(ScreeningCommandKind kind, SessionRequest? request, SessionRefusal refusal)
    {
        // A refused request is journaled as asked, cut to the allowed length and with control characters replaced.
        var asked = request ?? new SessionRequest(null, null);
        logger.CommandRefused(Date, kind, asked.ClippedRequestedBy, refusal.Explanation);
        var refusedFor = refusal.Kind;
        var boundary = refusal.Boundary is { } b ? KrxTime.ToKst(b) : (DateTimeOffset?)null;
        await events.PublishAsync(
            new ScreeningRequested(Date, kind, asked.ClippedRequestedBy, asked.ClippedReason, false, refusedFor, null, boundary), time.GetUtcNow());
        return new ScreeningCommandResult(false, refusal.Explanation, null, Status(), refusedFor, boundary);
    }

    private async Task<ScreeningCommandResult> AcceptedAsync(ScreeningCommandKind kind, ScreeningCommand command)
    {
        await events.PublishAsync(new ScreeningRequested(Date, kind, command.RequestedBy, command.Reason, true, null, S.RunId), time.GetUtcNow());
        return new ScreeningCommandResult(true, null, S.RunId, Status());
    }
}
