using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>Keeps every formatted log line (with its exception text) so tests can check what a user would see.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"{logLevel} {eventId.Id} {formatter(state, exception)} {exception}";
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
