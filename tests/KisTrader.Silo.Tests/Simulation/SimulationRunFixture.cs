using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The default command's run (<see cref="SimulationRun"/>) started once for a test class, with its console captured, until
/// the screen is printed and the schedule's next action after it. The clock starts at 15:29:50 KST on Monday 2026-11-23
/// (the history prefetch starts at once, the screen at 15:30:00). To keep the run short the simulator plays a smaller
/// market (250 KOSPI + 450 KOSDAQ listings instead of 2,700: ~420 history calls instead of ~1,680) with its rate limit
/// off, and the client's limiter is opened to 100 calls per 50 ms; the real-profile figures are the benchmark's.
/// </summary>
public abstract class SimulationRunFixture : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly CapturedConsole _console = new();
    private SimulationRun? _run;

    internal SimulationRun Run => _run ?? throw new InvalidOperationException("fixture not initialised");

    public string Output => _console.Text;

    /// <summary>Wall time from the start of the run to the printed ranked list.</summary>
    public TimeSpan ToRankedList { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(await SettingsAsync(), StringComparer.OrdinalIgnoreCase)
        {
            ["KisTrader:Simulation:Start"] = "2026-11-23T15:29:50+09:00",
            // The screen's tests at real speed, without jumps (the default run is 120× with the idle fast-forward).
            ["KisTrader:Simulation:Speed"] = "1",
            ["KisTrader:Simulation:FastForward"] = "false",
            ["KisTrader:Cluster:ClusterId"] = $"simulation-{Guid.NewGuid():N}",
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:KospiListings"] = "250",
            ["Market:KosdaqListings"] = "450",
            ["Simulator:RateLimit:Enabled"] = "false",
            ["Kis:RateLimit:RequestsPerSecond"] = "100",
            ["Kis:RateLimit:Window"] = "00:00:00.050",
            ["Kis:RateLimit:SafetyMargin"] = "00:00:00",
            // The tests compare printed call counts with the simulator's: a query timed out by a loaded machine and retried
            // would be one more.
            ["Kis:Resilience:QueryTimeout"] = "00:01:00",
            ["Kis:Resilience:OrderTimeout"] = "00:01:00",
        };
        var watch = Stopwatch.StartNew();
        _run = await SimulationRun.StartAsync([], settings, _console, cancellationToken: TestContext.Current.CancellationToken);

        // Waits for what the run prints after the ranked list: the schedule's next action (tomorrow's prefetch). On a slow
        // start (the clock already past 15:30 when the silo is up) that line also comes before the caught-up screen, so
        // only one printed after the ranked list counts.
        var deadline = Stopwatch.StartNew();
        while (!PrintedAfterTheScreen("next: history prefetch for 2026-11-24"))
        {
            if (deadline.Elapsed > Patience)
            {
                throw new TimeoutException($"the run printed no screen within {Patience}; clock {_run.Clock.GetUtcNow():O} held by work {_run.Clock.IsHeld}; it printed:\n{Output}");
            }

            if (Output.Contains("screened —", StringComparison.Ordinal) && ToRankedList == TimeSpan.Zero)
            {
                ToRankedList = watch.Elapsed;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        if (ToRankedList == TimeSpan.Zero)
        {
            ToRankedList = watch.Elapsed;
        }

        TestContext.Current.SendDiagnosticMessage($"simulation run: ranked list printed {ToRankedList.TotalSeconds:0.0} s after the start");
    }

    private bool PrintedAfterTheScreen(string line)
    {
        var output = Output;
        var screened = output.IndexOf("screened —", StringComparison.Ordinal);
        return screened >= 0 && output.IndexOf(line, screened, StringComparison.Ordinal) >= 0;
    }

    /// <summary>REST calls the simulator saw, by tr_id.</summary>
    public async Task<Dictionary<string, long>> CallsByTrIdAsync()
    {
        using var http = new HttpClient { BaseAddress = Run.Simulator.BaseUrl };
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return doc.RootElement.GetProperty("rest").GetProperty("byTrId").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    /// <summary>Tokens the simulator issued.</summary>
    public async Task<long> TokensIssuedAsync()
    {
        using var http = new HttpClient { BaseAddress = Run.Simulator.BaseUrl };
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return doc.RootElement.GetProperty("auth").GetProperty("tokensIssued").GetInt64();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        _console.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Settings on top of the common ones (e.g. a database).</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();
}
