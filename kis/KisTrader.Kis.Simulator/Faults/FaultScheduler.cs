using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Scenario;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Faults;

/// <summary>
/// Fires scheduled instant faults: on every simulated-clock change (jumps from the control API) and on a wall cadence
/// while the clock runs. At start it also loads the start-up scenario's faults and follows later scenario loads
/// (an invalid fault in the start-up scenario fails start-up with the JSON path).
/// </summary>
internal sealed partial class FaultScheduler(
    FaultService faults,
    ISimScenarioControl scenarios,
    TimeProvider clock,
    WallClock wall,
    ILogger<FaultScheduler> logger) : BackgroundService
{
    /// <summary>Wall-clock interval of the due-fault check.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        faults.ReplaceScenarioFaults(Parse(scenarios.Faults), clock.GetUtcNow());
        scenarios.Loaded += OnScenarioLoaded;
        if (clock is SimClock sim)
        {
            sim.Changed += faults.RunDue;
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        scenarios.Loaded -= OnScenarioLoaded;
        if (clock is SimClock sim)
        {
            sim.Changed -= faults.RunDue;
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, wall.Provider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                faults.RunDue(clock.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>Scenario fault entries (raw JSON) as specs; throws <see cref="FaultException"/> naming "faults[i]…".</summary>
    public static IReadOnlyList<FaultSpec> Parse(IEnumerable<JsonElement> entries) =>
        [.. entries.SelectMany((e, i) => FaultParser.Parse(e, $"faults[{i}]"))];

    private void OnScenarioLoaded(SimScenario? scenario)
    {
        try
        {
            faults.ReplaceScenarioFaults(Parse(scenario?.Faults ?? []), clock.GetUtcNow());
        }
        catch (FaultException ex)
        {
            // The control API validates faults before loading; this only happens for loads that bypass it.
            LogScenarioFaultsRejected(logger, ex.Message);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Scenario faults rejected: {Problem}")]
    private static partial void LogScenarioFaultsRejected(ILogger logger, string problem);
}
