using System.Diagnostics;
using System.Globalization;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The default command's run through a whole session cycle, once for a test class: the clock starts at 14:00 KST on
/// Tuesday 2026-11-24 at 600× with the idle fast-forward (the night jumps) — 90 simulated minutes before the close, so a
/// silo that takes seconds to start on a loaded machine still screens at 15:30 (at 600× 13 simulated minutes passed
/// before the schedule's first wake, past the screen's catch-up window) — and the fixture waits until the run printed
/// the check of the closed session against the simulator's account. A small market (250 KOSPI + 450 KOSDAQ listings)
/// with the rate limits opened, as in <see cref="SimulationRunFixture"/>. The day: on 2026-11-23 none of this market's
/// selected symbols moves 1 % after hours (the session closes at 18:00 with nothing bought); on 11-24 several do.
/// </summary>
public class CycleRunFixture : IAsyncLifetime
{
    /// <summary>Wall time the run may take to the account check (the two days are ~9.5 simulated hours: ~1 min at 600×).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(12);

    private readonly CapturedConsole _console = new();
    private SimulationRun? _run;

    internal SimulationRun Run => _run ?? throw new InvalidOperationException("fixture not initialised");

    public string Output => _console.Text;

    /// <summary>Wall time from the start to the account check.</summary>
    public TimeSpan ToAccountCheck { get; private set; }

    /// <summary>The run's first instant (KST): 90 simulated minutes before the close of the session's day.</summary>
    protected virtual string Start => "2026-11-24T14:00:00+09:00";

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["KisTrader:Simulation:Start"] = Start,
            ["KisTrader:Simulation:Speed"] = "600",
            ["KisTrader:Simulation:FastForward"] = "true",
            ["KisTrader:Cluster:ClusterId"] = $"cycle-{Guid.NewGuid():N}",
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:KospiListings"] = "250",
            ["Market:KosdaqListings"] = "450",
            ["Simulator:RateLimit:Enabled"] = "false",
            ["Kis:RateLimit:RequestsPerSecond"] = "100",
            ["Kis:RateLimit:Window"] = "00:00:00.050",
            ["Kis:RateLimit:SafetyMargin"] = "00:00:00",
            // The positions' REST price fallback off: at 600× its 30 s is 50 ms of wall time, less than the feed takes to
            // deliver a print, so a poll would read prices the ticks have not brought yet and sell on them by market order
            // (inquire-price has no bid) instead of the derived limits at the bid. Tested by PositionPriceFallbackTests.
            ["KisTrader:Positions:StalePriceAfter"] = "00:00:00",
        };
        Configure(settings);
        var watch = Stopwatch.StartNew();
        _run = await SimulationRun.StartAsync([], settings, _console, cancellationToken: TestContext.Current.CancellationToken);
        while (!Output.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal))
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"the run printed no account check within {Patience}; clock {_run.Clock.GetUtcNow():O} held by work {_run.Clock.IsHeld}; it printed:\n{Output}");
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        ToAccountCheck = watch.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"cycle run: account check printed {ToAccountCheck.TotalSeconds:0.0} s after the start");
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        _console.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Settings on top of the common ones (e.g. a scenario file).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }
}
