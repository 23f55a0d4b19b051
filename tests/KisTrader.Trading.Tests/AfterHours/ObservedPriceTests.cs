using KisTrader.Trading.AfterHours;

namespace KisTrader.Trading.Tests.AfterHours;

public sealed class ObservedPriceTests
{
    [Fact]
    public void Choose_MatchAndIndicative_PrefersTheLatestMatch() =>
        Assert.Equal(new ObservedPrice(10_200m, ObservedPriceSource.Match), ObservedPrice.Choose(new("A", 10_200m, 10_300m)));

    [Fact]
    public void Choose_BeforeTheFirstMatch_UsesTheIndicativePrice() =>
        Assert.Equal(new ObservedPrice(10_300m, ObservedPriceSource.Indicative), ObservedPrice.Choose(new("A", null, 10_300m)));

    [Fact]
    public void Choose_ZeroMatchFromTheFeed_IsTreatedAsNoMatch() =>
        Assert.Equal(new ObservedPrice(10_300m, ObservedPriceSource.Indicative), ObservedPrice.Choose(new("A", 0m, 10_300m)));

    [Theory]
    [InlineData(null, null)]
    [InlineData(0, 0)]
    [InlineData(null, 0)]
    public void Choose_NeitherPrice_IsNone(int? match, int? indicative) =>
        Assert.Null(ObservedPrice.Choose(new("A", match, indicative)));

    [Fact]
    public void Choose_NoObservation_IsNone() => Assert.Null(ObservedPrice.Choose(null));
}
