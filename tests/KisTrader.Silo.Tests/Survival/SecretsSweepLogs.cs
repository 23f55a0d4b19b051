using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// A logger provider that keeps every line any logger writes (all levels the host's filters let through; the run sets
/// Debug), with its category, exception text and scope-less state, in order, so the secrets sweep can search all of it.
/// </summary>
internal sealed class SecretsSweepLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IReadOnlyList<Entry> All() => [.. _entries];

    public IReadOnlyList<Entry> Since(int index) => [.. _entries.Skip(index)];

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, string? Exception);

    private sealed class Logger(SecretsSweepLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a sink that writes them (JSON console, OpenTelemetry) would leak what they hold.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            owner._entries.Enqueue(new Entry(category, logLevel, formatter(state, exception) + " " + values, exception?.ToString()));
            Interlocked.Increment(ref owner._count);
        }
    }
}
