using KisTrader.Grains.Storage;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>The daily-statistics store behaviour in memory.</summary>
public sealed class InMemoryDailyStatisticsStoreTests : DailyStatisticsStoreBehaviour
{
    protected override IDailyStatisticsStore Store { get; } = new InMemoryDailyStatisticsStore();
}
