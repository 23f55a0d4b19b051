using KisTrader.Trading.Screening.Universe;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>strategy.md §3 Conventions: market cap = close × listed shares, exact; an unknown share count is said so.</summary>
public sealed class ExactMarketCapTests
{
    private static readonly UniverseFilter Filter = new(new UniverseOptions());

    [Fact]
    public void MarketCap_Unknown_ExcludedSayingItIsUnknown()
    {
        var reason = Assert.Single(Filter.Check(Stock("000001", Base, marketCap: 0m)));

        Assert.Equal(ExclusionReason.MarketCapBelowMinimum, reason.Reason);
        Assert.Equal("market cap unknown (no listed shares): it cannot be shown to reach the minimum 100,000,000,000 KRW", reason.Text);
    }

    [Fact]
    public void MarketCap_OneWonBelowTheMinimum_Excluded()
    {
        // 999,999,999 shares × 100 KRW... as the exact product a quote gives: 99,999,999,900 < 100,000,000,000.
        var reason = Assert.Single(Filter.Check(Stock("000001", Base, marketCap: 999_999_999m * 100m)));

        Assert.Equal("market cap 99,999,999,900 KRW is below the minimum 100,000,000,000 KRW", reason.Text);
    }
}
