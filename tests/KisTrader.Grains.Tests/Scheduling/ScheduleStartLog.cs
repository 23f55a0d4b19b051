using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>A logger provider of the silo keeping the schedule starter's lines (events 1306 failed, 1309 started): level and formatted message.</summary>
public sealed class ScheduleStartLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Message)> _lines = new();

    /// <summary>The lines of one event id, in the order logged.</summary>
    public IReadOnlyList<(LogLevel Level, string Message)> Of(int eventId) => [.. _lines.Where(l => l.EventId == eventId).Select(l => (l.Level, l.Message))];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ScheduleStartLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.EndsWith(".ScheduleStarter", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && eventId.Id is 1306 or 1309)
            {
                log._lines.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
            }
        }
    }
}
