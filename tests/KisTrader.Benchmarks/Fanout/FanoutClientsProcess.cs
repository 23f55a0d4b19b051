using System.Globalization;
using System.Text;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>
/// signalr-fanout's child process (<see cref="RemoteReceivers"/> starts it; not meant to be run by hand): connects the
/// clients, prints <see cref="Ready"/>, then answers one line per command on standard input: <c>sum s1,s2,…</c> (receipts
/// of those sequences), <c>record on|off</c>, <c>dump PATH</c> (the kept receipts, "sequence timestamp" per line), <c>quit</c>.
/// </summary>
internal sealed class FanoutClientsProcess : IBenchmark
{
    public const string BenchName = "signalr-fanout-clients";
    public const string Ready = "ready";

    public string Name => BenchName;

    public string Description => "(signalr-fanout's client process; started by signalr-fanout)";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var clients = new FanoutClients();
        await clients.ConnectAsync(new Uri(Text(args, "--url")), Text(args, "--key"), int.Parse(Text(args, "--clients"), CultureInfo.InvariantCulture),
            int.Parse(Text(args, "--groups"), CultureInfo.InvariantCulture), cancellationToken);
        Console.WriteLine(Ready);
        while (await Console.In.ReadLineAsync(cancellationToken) is { } line && line != "quit")
        {
            var (verb, rest) = line.IndexOf(' ', StringComparison.Ordinal) is var i and >= 0 ? (line[..i], line[(i + 1)..]) : (line, "");
            switch (verb)
            {
                case "sum":
                    var sequences = rest.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture));
                    Console.WriteLine(clients.Delivered(sequences).ToString(CultureInfo.InvariantCulture));
                    break;
                case "record":
                    clients.Record(rest == "on");
                    Console.WriteLine("ok");
                    break;
                case "dump":
                    var text = new StringBuilder();
                    foreach (var (sequence, at) in clients.Receipts())
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{sequence} {at}\n");
                    }

                    await File.WriteAllTextAsync(rest, text.ToString(), cancellationToken);
                    Console.WriteLine("ok");
                    break;
                default:
                    Console.WriteLine("unknown");
                    break;
            }
        }
    }

    private static string Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} is required", nameof(args));
    }
}
