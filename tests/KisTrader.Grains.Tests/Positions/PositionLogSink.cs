using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>A logger provider of the silo keeping the position grain's lines (event id, level, text): what a test checks was logged.</summary>
public sealed class PositionLogSink : ILoggerProvider
{
    /// <summary>The position grain's log category.</summary>
    public const string Category = "KisTrader.Grains.Positions.PositionGrain";

    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Text)> _lines = new();

    /// <summary>The lines of one event id so far, oldest first.</summary>
    public IReadOnlyList<(LogLevel Level, string Text)> Of(int eventId) => [.. _lines.Where(l => l.EventId == eventId).Select(l => (l.Level, l.Text))];

    public IEnumerable<string> All => _lines.Select(l => $"{l.EventId} {l.Level} {l.Text}");

    public ILogger CreateLogger(string categoryName) => string.Equals(categoryName, Category, StringComparison.Ordinal) ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Logger(PositionLogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._lines.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
