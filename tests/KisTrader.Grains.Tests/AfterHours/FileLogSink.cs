using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// Diagnostics only: when the environment variable <c>KISTRADER_TEST_LOG_DIR</c> names a folder, the after-hours
/// harness writes its silo's logs (Debug for KisTrader, Warning for the rest) to a file there, one per test world.
/// </summary>
internal sealed class FileLogSink(string path, TimeProvider clock) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly StreamWriter _writer = new(path, append: true) { AutoFlush = true };

    public static FileLogSink? FromEnvironment(string name, TimeProvider clock) =>
        Environment.GetEnvironmentVariable("KISTRADER_TEST_LOG_DIR") is { Length: > 0 } dir
            ? new FileLogSink(Path.Combine(dir, $"{name}-{Guid.NewGuid():N}.log"), clock)
            : null;

    private string SimNow => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => _writer.Dispose();

    private void Write(string line)
    {
        lock (_gate)
        {
            try
            {
                _writer.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Logs after the world ended.
            }
        }
    }

    private sealed class Logger(FileLogSink sink, string category) : ILogger
    {
        private readonly bool _ours = category.StartsWith("KisTrader", StringComparison.Ordinal);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= (_ours ? LogLevel.Debug : LogLevel.Warning);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink.Write($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} sim={sink.SimNow} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception)}");
            }
        }
    }
}
