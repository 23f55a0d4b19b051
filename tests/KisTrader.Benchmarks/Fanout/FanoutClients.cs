using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>
/// signalr-fanout's SignalR clients (WebSockets, the bench's admin key): client <c>i</c> follows only alert group
/// <c>Groups[i % groups]</c>. Records every <c>event</c> receipt as (sequence, <see cref="Stopwatch.GetTimestamp"/>):
/// the monotonic clock is the same in every process of the machine, so a child process's receipts compare with the
/// server's publish instants.
/// </summary>
internal sealed class FanoutClients : IAsyncDisposable
{
    /// <summary>The alert groups a run spreads its clients over, in order (<see cref="FanoutAlerts.Of"/> publishes into each).</summary>
    public static readonly string[] Groups = ["signals", "risk", "system"];

    private static readonly string[] AllCategories = ["signals", "orders", "fills", "exits", "risk", "system"];
    private readonly ConcurrentDictionary<long, int> _deliveries = new();
    private readonly ConcurrentQueue<(long Sequence, long At)> _received = new();
    private readonly List<HubConnection> _connections = [];
    private volatile bool _record;

    /// <summary>Connects <paramref name="count"/> clients, 50 at a time, and narrows each to its group.</summary>
    public async Task ConnectAsync(Uri baseUrl, string key, int count, int groups, CancellationToken cancellationToken)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(50))
        {
            _connections.AddRange(await Task.WhenAll(chunk.Select(i => ConnectOneAsync(baseUrl, key, Groups[i % groups], cancellationToken))));
        }
    }

    /// <summary>From now on receipts are kept for <see cref="Receipts"/> (before, only counted).</summary>
    public void Record(bool on)
    {
        _record = on;
        if (on)
        {
            _received.Clear();
        }
    }

    /// <summary>How many receipts the given sequences had.</summary>
    public long Delivered(IEnumerable<long> sequences) => sequences.Sum(s => (long)_deliveries.GetValueOrDefault(s));

    /// <summary>The receipts kept since <see cref="Record"/>.</summary>
    public IReadOnlyList<(long Sequence, long At)> Receipts() => [.. _received];

    private async Task<HubConnection> ConnectOneAsync(Uri baseUrl, string key, string group, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "hubs/trading"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(key);
            })
            .Build();
        connection.On<JsonElement>("event", e =>
        {
            var now = Stopwatch.GetTimestamp();
            var sequence = e.GetProperty("sequence").GetInt64();
            _deliveries.AddOrUpdate(sequence, 1, (_, n) => n + 1);
            if (_record)
            {
                _received.Enqueue((sequence, now));
            }
        });
        await connection.StartAsync(cancellationToken);
        // A connection joins every category of the key's saved preferences: leave all but its group.
        foreach (var category in AllCategories.Where(c => c != group))
        {
            await connection.InvokeAsync("LeaveAlerts", category, cancellationToken);
        }

        return connection;
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
}
