using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Testing.LocalClusters;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// A SignalR client that follows the hub's events through one front end of a list and fails over to the next when its
/// front end goes away, with the README's client protocol ("Live alerts"): connect and join the alert categories,
/// buffer the hub's <c>event</c>s, read <c>GET /api/events?after=&lt;last&gt;</c> from the same front end until
/// <c>more</c> is false, apply the buffer, then apply live events; each sequence is shown once. It records every raw
/// delivery (per connection) and every event it showed, with where it came from.
/// </summary>
internal sealed class FailoverEventClient(IReadOnlyList<Uri> frontEnds, string key, LocalCluster cluster, IReadOnlySet<string> alerts) : IAsyncDisposable
{
    /// <summary>
    /// The re-read starts this far below the last sequence seen (as the dashboard's): events of several silos can commit
    /// slightly out of sequence order, so one numbered below the last seen may not have been there yet.
    /// </summary>
    private const long RereadOverlap = 100;

    private readonly Lock _lock = new();
    private readonly HashSet<long> _seen = [];
    private readonly List<JsonElement> _pending = [];
    private readonly CancellationTokenSource _disposed = new();
    private HubConnection? _connection;
    private bool _syncing;
    private long _last;
    private int _connectionNumber;

    /// <summary>Called when the connection closed, before the client connects to the next front end.</summary>
    public Func<Task>? WhileDisconnected { get; set; }

    /// <summary>The events shown, in the order shown.</summary>
    public List<ShownEvent> Shown { get; } = [];

    /// <summary>Every <c>event</c> the hub delivered: (connection number, sequence).</summary>
    public List<(int Connection, long Sequence)> Delivered { get; } = [];

    /// <summary>Every sequence a REST re-read returned: (connection number, sequence).</summary>
    public List<(int Connection, long Sequence)> Reread { get; } = [];

    /// <summary>What the client did, for a failure message.</summary>
    public List<string> Trace { get; } = [];

    /// <summary>The front end of the current connection (index into the list).</summary>
    public int FrontEnd { get; private set; } = -1;

    /// <summary>How many times the client connected (1 = never failed over).</summary>
    public int Connections => _connectionNumber;

    /// <summary>Completes when the client connected again after losing its front end.</summary>
    public TaskCompletionSource FailedOver { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Why the failover gave up, if it did.</summary>
    public Exception? FailoverError { get; private set; }

    public Task StartAsync() => ConnectAsync(0);

    public ShownEvent[] Snapshot()
    {
        lock (_lock)
        {
            return [.. Shown];
        }
    }

    public (int Connection, long Sequence)[] DeliveredSnapshot()
    {
        lock (_lock)
        {
            return [.. Delivered];
        }
    }

    private async Task ConnectAsync(int index)
    {
        var number = Interlocked.Increment(ref _connectionNumber);
        var connection = ClusterHubs.Connection(cluster, frontEnds[index], key);
        connection.On<JsonElement>("event", e => OnLive(number, e));
        // Buffer from the first delivery on: an event shown before the re-read would move the read position past
        // the events published while the client had no connection.
        lock (_lock)
        {
            _syncing = true;
        }

        connection.Closed += _ => OnClosedAsync(index);
        Note($"connection {number}: starting on front end {index + 1}");
        try
        {
            await connection.StartAsync(_disposed.Token);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _connection = connection;
        FrontEnd = index;
        foreach (var alert in alerts)
        {
            await connection.InvokeAsync("JoinAlerts", alert, _disposed.Token);
        }

        await CatchUpAsync(frontEnds[index], number);
    }

    private void OnLive(int number, JsonElement e)
    {
        lock (_lock)
        {
            Delivered.Add((number, e.GetProperty("sequence").GetInt64()));
            if (_syncing)
            {
                _pending.Add(e);
            }
            else
            {
                Show(e, "hub", number);
            }
        }
    }

    private async Task CatchUpAsync(Uri frontEnd, int number)
    {
        using var http = new HttpClient(cluster.Tls.Handler()) { BaseAddress = frontEnd, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        long after;
        lock (_lock)
        {
            after = Math.Max(0, _last - RereadOverlap);
        }

        try
        {
            while (true)
            {
                using var page = await http.GetFromJsonAsync<JsonDocument>(string.Create(CultureInfo.InvariantCulture, $"api/events?after={after}&limit=500"), _disposed.Token);
                Note($"connection {number}: re-read after {after}: {page!.RootElement.GetProperty("events").GetArrayLength()} events");
                lock (_lock)
                {
                    foreach (var e in page!.RootElement.GetProperty("events").EnumerateArray())
                    {
                        Reread.Add((number, e.GetProperty("sequence").GetInt64()));
                        Show(e.Clone(), "rest", number);
                    }
                }

                after = page.RootElement.GetProperty("last").GetInt64();
                if (!page.RootElement.GetProperty("more").GetBoolean())
                {
                    break;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _syncing = false;
                foreach (var e in _pending)
                {
                    Show(e, "hub", number);
                }

                _pending.Clear();
            }
        }
    }

    /// <summary>Shows an event of a followed category once (under the lock); every sequence moves the read position.</summary>
    private void Show(JsonElement e, string via, int number)
    {
        var sequence = e.GetProperty("sequence").GetInt64();
        _last = Math.Max(_last, sequence);
        if (alerts.Contains(e.GetProperty("alert").GetString()!) && _seen.Add(sequence))
        {
            Shown.Add(new ShownEvent(sequence, e.GetProperty("alert").GetString()!, e.GetProperty("subject").GetString()!,
                e.GetProperty("type").GetString()!, e.GetProperty("payload").TryGetProperty("change", out var change) ? change.ToString() : "",
                e.GetProperty("payload").TryGetProperty("reason", out var reason) ? reason.ToString() : "", via, number));
        }
    }

    private async Task OnClosedAsync(int index)
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        Note($"front end {index + 1}: connection closed");
        try
        {
            if (WhileDisconnected is { } hook)
            {
                await hook();
            }

            // The other front ends in turn, again and again, until one answers (bounded by the test's time-out).
            for (var attempt = 1; !_disposed.IsCancellationRequested; attempt++)
            {
                var next = (index + attempt) % frontEnds.Count;
                try
                {
                    await ConnectAsync(next);
                    FailedOver.TrySetResult();
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or TaskCanceledException or System.Net.WebSockets.WebSocketException)
                {
                    Note($"front end {next + 1}: {e.GetType().Name} {e.Message}");
                    await Task.Delay(TimeSpan.FromSeconds(1), _disposed.Token);
                }
            }
        }
        catch (Exception e)
        {
            Note("failover gave up: " + e);
            FailoverError = e;
            FailedOver.TrySetException(e);
        }
    }

    private void Note(string line)
    {
        lock (Trace)
        {
            Trace.Add(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }

        _disposed.Dispose();
    }
}
