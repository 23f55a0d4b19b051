using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Options;

// The KIS simulator as an executable: flags → configuration (README "Running it"), then run until Ctrl+C.
var commandLine = SimulatorCommandLine.Parse(args);
if (commandLine.Help)
{
    Console.WriteLine(SimulatorCommandLine.Usage);
    return 0;
}

if (commandLine.Error is { } error)
{
    await Console.Error.WriteLineAsync($"error: {error}");
    return 2;
}

SimulatorHost host;
try
{
    host = await SimulatorHost.StartAsync(commandLine.Options!);
}
catch (OptionsValidationException ex)
{
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync($"error: {failure}");
    }

    return 2;
}
catch (Exception ex) when (ex is KisTrader.Kis.Simulator.Scenario.ScenarioException or KisTrader.Kis.Simulator.Faults.FaultException or IOException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 2;
}

await using (host)
{
    Console.WriteLine($"KIS simulator listening on {host.BaseUrl} (WebSocket {host.WebSocketUrl}tryitout); control API {host.BaseUrl}sim");
    Console.WriteLine($"simulated clock {Kst.FormatIso(host.Clock.GetUtcNow())}, speed {host.SimClock?.Speed}, {(host.SimClock?.IsPaused == true ? "paused" : "running")}; Ctrl+C to stop");
    await host.WaitForShutdownAsync();
}

return 0;
