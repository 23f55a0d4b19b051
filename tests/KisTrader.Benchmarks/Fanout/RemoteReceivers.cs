using System.Diagnostics;
using System.Globalization;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>
/// The clients in a child process (the default): <c>dotnet KisTrader.Benchmarks.dll signalr-fanout-clients …</c>
/// (<see cref="FanoutClientsProcess"/>), driven by one-line commands on its standard input; workstation GC there
/// (<c>DOTNET_gcServer=0</c>), as a browser's or an app's client would not share the server's heaps.
/// </summary>
internal sealed class RemoteReceivers : IFanoutReceivers
{
    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private RemoteReceivers(Process process) => _process = process;

    public string Where => $"in a child process (pid {_process.Id})";

    public TimeSpan? ClientCpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<RemoteReceivers> StartAsync(Uri baseUrl, string key, int count, int groups, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(RemoteReceivers).Assembly.Location);
        foreach (var arg in new[] { FanoutClientsProcess.BenchName, "--url", baseUrl.ToString(), "--key", key, "--clients", Num(count), "--groups", Num(groups) })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException("the clients' process did not start");
        var receivers = new RemoteReceivers(process);
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line != FanoutClientsProcess.Ready)
        {
            throw new InvalidOperationException($"the clients' process answered '{line}' instead of {FanoutClientsProcess.Ready}");
        }

        return receivers;
    }

    public async Task<long> DeliveredAsync(IReadOnlyCollection<long> sequences) =>
        long.Parse(await AskAsync("sum " + string.Join(',', sequences)), CultureInfo.InvariantCulture);

    public Task RecordAsync(bool on) => AskAsync(on ? "record on" : "record off");

    public async Task<IReadOnlyList<(long Sequence, long At)>> ReceiptsAsync()
    {
        var file = Path.GetTempFileName();
        try
        {
            await AskAsync("dump " + file);
            return [.. (await File.ReadAllLinesAsync(file)).Select(l => l.Split(' ')).Select(p => (long.Parse(p[0], CultureInfo.InvariantCulture), long.Parse(p[1], CultureInfo.InvariantCulture)))];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<string> AskAsync(string command)
    {
        await _gate.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
            return await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the clients' process ended");
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        _gate.Dispose();
    }
}
