using System.Collections.Concurrent;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// A logger provider of the silo keeping what each order grain did with each fill notice it received (its
/// <c>NoticeApplied</c> line, event 1665: client order id, notice identity, <see cref="NoticeOutcome"/>): counted, or
/// absorbed by a fill a poll found first — and the notices it refused as another order's (event 1679: another side or
/// symbol under its number). Registered for the order grain's category only, at Debug.
/// </summary>
public sealed class NoticeOutcomeLog : ILoggerProvider
{
    /// <summary>The order grain's log category.</summary>
    public const string Category = "KisTrader.Grains.Orders.OrderGrain";

    private readonly ConcurrentQueue<(string ClientOrderId, string Identity, NoticeOutcome Outcome)> _applied = new();
    private readonly ConcurrentQueue<(string ClientOrderId, string Identity)> _refused = new();

    /// <summary>The outcomes of one order's notices so far, by notice identity, in the order applied.</summary>
    public IReadOnlyList<(string Identity, NoticeOutcome Outcome)> Of(string clientOrderId) =>
        [.. _applied.Where(a => a.ClientOrderId == clientOrderId).Select(a => (a.Identity, a.Outcome))];

    /// <summary>The identities of the notices one order refused as not its own, in the order refused.</summary>
    public IReadOnlyList<string> RefusedBy(string clientOrderId) => [.. _refused.Where(r => r.ClientOrderId == clientOrderId).Select(r => r.Identity)];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(NoticeOutcomeLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id is not (1665 or 1679) || state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                return;
            }

            var values = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            if (eventId.Id == 1679 && values.GetValueOrDefault("ClientOrderId") is string refusing && values.GetValueOrDefault("Identity") is string refused)
            {
                log._refused.Enqueue((refusing, refused));
            }
            else if (values.GetValueOrDefault("ClientOrderId") is string order && values.GetValueOrDefault("Identity") is string identity
                && values.GetValueOrDefault("Outcome") is NoticeOutcome outcome)
            {
                log._applied.Enqueue((order, identity, outcome));
            }
        }
    }
}
