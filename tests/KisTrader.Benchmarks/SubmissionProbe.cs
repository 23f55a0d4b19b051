using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using KisTrader.Grains.Orders;

namespace KisTrader.Benchmarks;

/// <summary>
/// Listens to <see cref="OrderMetrics"/>: the instant (Stopwatch timestamp, taken in the synchronous callback) each
/// sell is handed to the KIS client, by symbol (the first one per symbol), and the client call's durations.
/// </summary>
internal sealed class SubmissionProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _handed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<double> _placements = new();

    public SubmissionProbe()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OrderMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var now = Stopwatch.GetTimestamp();
            if (instrument.Name == OrderMetrics.HandedToClient && Tag(tags, "side") == "Sell" && Tag(tags, "symbol") is { } symbol)
            {
                _handed.TryAdd(symbol, now);
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, ms, tags, _) =>
        {
            if (instrument.Name == OrderMetrics.PlacementDuration && Tag(tags, "side") == "Sell")
            {
                _placements.Enqueue(ms);
            }
        });
        _listener.Start();
    }

    /// <summary>The instant the first sell of <paramref name="symbol"/> was handed to the client, if it was.</summary>
    public long? HandedAt(string symbol) => _handed.TryGetValue(symbol, out var at) ? at : null;

    public int Sells => _handed.Count;

    /// <summary>Durations (ms) of the client's order calls for sells: rate-limit wait + POST + answer.</summary>
    public double[] Placements() => [.. _placements];

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    public void Dispose() => _listener.Dispose();
}
