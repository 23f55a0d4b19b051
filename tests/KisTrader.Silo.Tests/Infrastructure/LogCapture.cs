using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Infrastructure;

/// <summary>A logger provider that keeps every formatted line with its category and level (to check what a host logs).</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public string Text(string categoryPrefix) =>
        string.Join(Environment.NewLine, Entries.Where(e => e.Category.StartsWith(categoryPrefix, StringComparison.Ordinal)).Select(e => $"{e.Level}: {e.Message}"));

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }
}
