using System.Diagnostics;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>
/// CPU time of the server's process and the clients' over a phase: unlike latency, the CPU a message costs hardly
/// depends on how loaded the shared machine is, so it tells what an idle 2-core box could sustain.
/// </summary>
internal sealed class FanoutCpu
{
    private readonly IFanoutReceivers _receivers;
    private readonly TimeSpan _server;
    private readonly TimeSpan? _clients;
    private readonly long _started;

    private FanoutCpu(IFanoutReceivers receivers)
    {
        _receivers = receivers;
        _server = Process.GetCurrentProcess().TotalProcessorTime;
        _clients = receivers.ClientCpu;
        _started = Stopwatch.GetTimestamp();
    }

    public static FanoutCpu Start(IFanoutReceivers receivers) => new(receivers);

    /// <summary>The phase's CPU, as a line: seconds, cores busy on average, ms per 1,000 messages.</summary>
    public string Stop(long messages)
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var server = (Process.GetCurrentProcess().TotalProcessorTime - _server).TotalSeconds;
        var clients = _receivers.ClientCpu - _clients;
        var perThousand = messages == 0 ? double.NaN : server * 1000 * 1000 / messages;
        var clientText = clients is { } c ? $"; clients {c.TotalSeconds:F1} s ({c.TotalSeconds / wall:F2} cores)" : " (clients included)";
        return $"CPU over {wall:F1} s: server {server:F1} s ({server / wall:F2} cores, {perThousand:F1} ms per 1,000 messages){clientText}";
    }
}
