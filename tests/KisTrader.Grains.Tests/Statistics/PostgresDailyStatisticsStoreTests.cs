using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>The daily-statistics store behaviour on journal.daily_statistics.</summary>
public sealed class PostgresDailyStatisticsStoreTests(MigratedDatabaseFixture fixture)
    : DailyStatisticsStoreBehaviour, IClassFixture<MigratedDatabaseFixture>
{
    private readonly PostgresDailyStatisticsStore _store = new(fixture.Database.DataSource);

    protected override IDailyStatisticsStore Store => _store;
}
