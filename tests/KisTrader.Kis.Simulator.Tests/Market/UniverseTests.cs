using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class UniverseTests
{
    [Fact]
    public void DefaultUniverse_Counts_Are950KospiAnd1750Kosdaq()
    {
        var listings = TestMarkets.Default.Listings;
        Assert.Equal(950, listings.Count(l => l.Market == SimMarketId.Kospi));
        Assert.Equal(1750, listings.Count(l => l.Market == SimMarketId.Kosdaq));
        Assert.Equal(listings.Count, listings.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(listings.Count, listings.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void DefaultUniverse_ContainsEveryKindAndFlag()
    {
        var l = TestMarkets.Default.Listings;
        Assert.Equal(120, l.Count(x => x.Kind == SimListingKind.Etf));
        Assert.Equal(30, l.Count(x => x.Kind == SimListingKind.Etn));
        Assert.Equal(22, l.Count(x => x.Kind == SimListingKind.Reit));
        Assert.Equal(75, l.Count(x => x.Kind == SimListingKind.Spac));
        Assert.Equal(70, l.Count(x => x.Kind == SimListingKind.Preferred && x.Market == SimMarketId.Kospi));
        Assert.Equal(6, l.Count(x => x.Kind == SimListingKind.Preferred && x.Market == SimMarketId.Kosdaq));
        Assert.InRange(l.Count(x => x.Halted), 10, 60);
        Assert.InRange(l.Count(x => x.Administrative), 20, 90);
        Assert.All(Enum.GetValues<SimMarketWarning>(), w => Assert.Contains(l, x => x.Warning == w));
        Assert.Contains(l, x => x.Kind == SimListingKind.Etn);
        Assert.All(l.Where(x => x.Kind == SimListingKind.Etn), x => Assert.Matches("^Q[0-9]{6}$", x.Code));
        Assert.Contains(l, x => x.Kind != SimListingKind.Etn);
        Assert.All(l.Where(x => x.Kind != SimListingKind.Etn), x => Assert.Matches("^[0-9]{6}$", x.Code));
    }

    [Theory]
    [InlineData("005930", "삼성전자", true)]
    [InlineData("000660", "SK하이닉스", true)]
    [InlineData("373220", "LG에너지솔루션", true)]
    [InlineData("207940", "삼성바이오로직스", true)]
    [InlineData("005380", "현대차", true)]
    [InlineData("035420", "NAVER", true)]
    [InlineData("005935", "삼성전자우", true)]
    [InlineData("247540", "에코프로비엠", false)]
    [InlineData("086520", "에코프로", false)]
    [InlineData("196170", "알테오젠", false)]
    [InlineData("028300", "HLB", false)]
    public void RealLargeCaps_HaveTheirRealCodesAndNames(string code, string name, bool kospi)
    {
        var listing = TestMarkets.Default.Listing(code);
        Assert.NotNull(listing);
        Assert.Equal((name, kospi ? SimMarketId.Kospi : SimMarketId.Kosdaq), (listing.Name, listing.Market));
    }

    [Fact]
    public void SamsungPreferred_IsPreferredAndKodex200_IsEtf()
    {
        Assert.Equal(SimListingKind.Preferred, TestMarkets.Default.Listing("005935")!.Kind);
        var kodex = TestMarkets.Default.Listing("069500")!;
        Assert.Equal((SimListingKind.Etf, true), (kodex.Kind, kodex.EtfTick));
    }

    [Theory]
    [InlineData("005930", "KR7005930003")] // Samsung Electronics' real ISIN
    [InlineData("000660", "KR7000660001")] // SK hynix
    [InlineData("069500", "KR7069500007")] // KODEX 200
    public void Isin_ComputesTheRealCheckDigit(string code, string isin) => Assert.Equal(isin, Isin.For(code));

    [Fact]
    public void AnchorPrices_AreOnTheTickGridAndRealistic()
    {
        var models = TestMarkets.Default.Model.Models;
        Assert.NotEmpty(models);
        Assert.All(models, m => Assert.Equal(0, m.AnchorPrice % PriceGrid.Tick(m.AnchorPrice, m.EtfTick)));
        var stocks = models.Where(m => m.Listing.Kind == SimListingKind.Stock).Select(m => (double)m.AnchorPrice).Order().ToList();
        var median = stocks[stocks.Count / 2];
        Assert.InRange(median, 3_000, 20_000);
        var caps = models.Where(m => m.Listing.Kind == SimListingKind.Stock).Select(m => (double)m.AnchorPrice * m.Listing.ListedShares).ToList();
        Assert.InRange(caps.Count(c => c >= 1e11 && c <= 1e13), 900, 2_000);
        Assert.Equal(100_000, TestMarkets.Default.Model.Models.Single(m => m.Listing.Code == "005930").AnchorPrice);
    }

    [Fact]
    public void ListingKeys_DependOnTheCodeNotThePosition()
    {
        Assert.Equal(5930, ListingSpec.KeyOf("005930"));
        Assert.Equal(1_500_123, ListingSpec.KeyOf("Q500123"));
    }
}
