using System.Reflection;
using KisTrader.Grains.Statistics;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.Infrastructure;

/// <summary>Every source-generated log line of the grains assembly has its own event id (log queries filter by it).</summary>
public sealed class LogEventIdTests
{
    private const BindingFlags AllMethods =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    [Fact]
    public void LoggerMessages_GrainsAssembly_EventIdsAreUnique()
    {
        var messages = LoggerMessages();

        var duplicates = messages
            .GroupBy(m => m.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}")
            .ToArray();

        Assert.True(messages.Length > 100, $"only {messages.Length} [LoggerMessage] methods found: the scan misses some");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void LoggerMessages_GrainsAssembly_EveryEventIdIsSet()
    {
        var unset = LoggerMessages().Where(m => m.EventId <= 0).Select(m => m.Name).ToArray();

        Assert.Empty(unset);
    }

    private static (int EventId, string Name)[] LoggerMessages() =>
    [
        .. typeof(TradingStatistics).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(AllMethods))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, $"{x.Method.DeclaringType!.Name}.{x.Method.Name}")),
    ];
}
