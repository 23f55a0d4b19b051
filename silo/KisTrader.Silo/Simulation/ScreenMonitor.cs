using KisTrader.GrainInterfaces;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// Follows the KRX schedule and the trading session it works on, and prints what happens (<see cref="SimulationConsole"/>):
/// the schedule's actions, each finished funnel stage, a "running" line every <see cref="WorkingEvery"/> while a stage is
/// long, the phase changes, and the finished screen; then what the schedule does next, and the next session when its
/// work starts. It only reads grains (status calls every <see cref="PollEvery"/>), so it changes nothing it watches. It
/// also follows <c>events/all</c> and prints, worded by <see cref="EventWording"/>, what the polls do not show: the KIS
/// token and budget, account snapshots and people's screening requests (<see cref="Printed"/>).
/// Registered after the silo, so it starts once the silo (and the schedule's start-up wake) is up.
/// </summary>
internal sealed partial class ScreenMonitor(
    IGrainFactory grains,
    IClusterClient client,
    TimeProvider clock,
    SimulationConsole console,
    SimulationBrokerCalls brokerCalls,
    SimulationAccountCheck accountCheck,
    ILogger<ScreenMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan WorkingEvery = TimeSpan.FromSeconds(10);

    private readonly HashSet<(DateOnly, ScheduleActionKind, DateTimeOffset)> _actionsShown = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<Task> _checks = [];

    /// <summary>The account checks started so far (one per closed session); tests await them.</summary>
    internal IReadOnlyCollection<Task> AccountChecks => _checks;

    private async Task CheckAccountAsync(SessionClosed closed, CancellationToken cancellationToken)
    {
        try
        {
            await accountCheck.CheckAsync(closed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            console.Line($"{SimulationAccountCheck.Marker} could not read the simulator's account: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// The published events the console prints (the screen's phases, stages and schedule actions come from the polls):
    /// the KIS token and budget, account snapshots, people's requests, the after-hours checkpoints, orders and fills,
    /// positions, risk, reconciliation, the phases after the screen and the day's result. Left out as noise: a budget
    /// holder joining or reclaimed (a quiet holder at a high speed, every 30 s), an order being created or submitted
    /// (its acceptance follows) and a position's bare order update (its fill, open and exits are printed).
    /// </summary>
    public static bool Printed(TradingEvent e) => e?.Payload switch
    {
        null => false,
        RateBudgetChanged p => p.Change is not (RateBudgetChange.HolderJoined or RateBudgetChange.HolderReclaimed),
        OrderChanged p => p.Change is not (OrderChange.Created or OrderChange.Submitting),
        PositionChanged p => p.Change != PositionChange.OrderUpdated,
        SessionPhaseChanged p => p.Phase is SessionPhase.AfterHours or SessionPhase.Holding or SessionPhase.Closed,
        SessionClosed or ScreeningRequested => true,
        _ => e.Category is TradingEventCategory.KisAuth or TradingEventCategory.Account or TradingEventCategory.AfterHours
            or TradingEventCategory.Risk or TradingEventCategory.Reconciliation,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var events = await client.GetStreamProvider(ProviderNames.Streams).GetStream<TradingEvent>(StreamIds.Events()).SubscribeAsync((e, _) =>
        {
            if (Printed(e))
            {
                console.Event(e);
            }

            if (e.Payload is SessionClosed closed)
            {
                // Off the stream's turn: the check waits for broker calls on the rate limit.
                _checks.Add(Task.Run(() => CheckAccountAsync(closed, stoppingToken), stoppingToken));
            }

            return Task.CompletedTask;
        });
        try
        {
            await PollAsync(stoppingToken);
        }
        finally
        {
            await events.UnsubscribeAsync();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var schedule = grains.GetGrain<IScheduleGrain>(GrainKeys.Schedule);
        DateOnly? watched = null;
        SessionWatch? session = null;
        var lastNext = (ScheduleActionKind?)null;
        DateTimeOffset? lastNextAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var status = await schedule.GetStatusAsync();
                foreach (var action in status.LastActions.Reverse())
                {
                    if (_actionsShown.Add((action.TradingDate, action.Kind, action.DueAt)))
                    {
                        console.ScheduleAction(action);
                    }
                }

                // The session to follow: the newest one the schedule worked on.
                var current = status.LastActions.Where(a => a.Kind is ScheduleActionKind.Prefetch or ScheduleActionKind.Screen or ScheduleActionKind.ResumeScreen)
                    .Select(a => (DateOnly?)a.TradingDate).FirstOrDefault();
                if (current is { } date && date != watched)
                {
                    watched = date;
                    session = new SessionWatch(date, grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(date)), clock, console, brokerCalls);
                }

                var settled = session is null || await session.PollAsync(stoppingToken);
                if (settled && (status.NextAction != lastNext || status.NextAt != lastNextAt))
                {
                    lastNext = status.NextAction;
                    lastNextAt = status.NextAt;
                    console.Next(clock.GetUtcNow(), status);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A status call can fail while the silo stops or a grain moves; the next poll tries again.
                LogPollFailed(logger, e);
            }

            try
            {
                // Polled on the wall clock: at 600× a simulated-second poll would spin.
                await Task.Delay(PollEvery, (clock as SimClock)?.Wall ?? clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Screen monitor: a status call failed; trying again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    /// <summary>What was printed of one session so far.</summary>
    private sealed class SessionWatch(DateOnly date, ITradingSessionGrain grain, TimeProvider clock, SimulationConsole console, SimulationBrokerCalls brokerCalls)
    {
        private readonly HashSet<int> _stages = [];
        private SessionPhase? _phase;
        private string? _error;
        private bool _screenShown;
        private DateTimeOffset? _lastWorking;

        // True once nothing is running: the screen was printed, or the session waits for its screen.
        public async Task<bool> PollAsync(CancellationToken cancellationToken)
        {
            var status = await grain.GetStatusAsync();
            var now = clock.GetUtcNow();
            // Stages first: a screen that finished between two polls shows its last stages before "screened".
            foreach (var stage in status.Stages.Where(s => _stages.Add(s.Number)))
            {
                console.Stage(now, stage);
                _lastWorking = now;
            }

            // The phases after the screen are printed from their events (the session is no longer polled by then).
            if (status.Phase != _phase && status.Phase <= SessionPhase.Screened)
            {
                _phase = status.Phase;
                console.Phase(now, date, status.Phase, status.Attempts);
            }

            if (status.LastError is { } error && error != _error)
            {
                _error = error;
                console.Error(now, date, error);
            }

            if (status.Phase >= SessionPhase.Screened)
            {
                if (!_screenShown && await grain.GetScreenAsync() is { } screen)
                {
                    _screenShown = true;
                    console.Screen(now, screen);
                }

                return _screenShown;
            }

            // The prefetch runs stages 1–2 while the session is still scheduled; the screen runs in phase screening.
            var running = status.Phase == SessionPhase.Screening || (status.Stages.Length == 1 && status.LastError is null);
            if (running && (_lastWorking is not { } last || now - last >= WorkingEvery))
            {
                _lastWorking = now;
                console.Working(now, date, status.Stages.Length, brokerCalls.Total());
            }

            cancellationToken.ThrowIfCancellationRequested();
            return !running;
        }
    }
}
