using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>Limit 500,000: entries refused once the day's realized net loss reaches it.</summary>
public sealed class DailyLossRuleTests
{
    private static readonly DailyLossRule Rule = new(Limits);

    [Theory]
    [InlineData(-499_999.99, null)]
    [InlineData(-500_000, "daily-loss")]
    [InlineData(-500_000.01, "daily-loss")]
    [InlineData(0, null)]
    [InlineData(250_000, null)]
    public void Check_RealizedToday_RefusesEntriesAtTheLimit(double realized, string? code) =>
        Assert.Equal(code, Rule.Check(Check(Buy(), realized: (decimal)realized))?.Code);

    [Fact]
    public void Check_AtTheLimit_SellsGoOn() => Assert.Null(Rule.Check(Check(Sell(), realized: -900_000m)));

    [Fact]
    public void Check_Refusal_NamesLossAndLimit() =>
        Assert.Equal(
            new RiskRefusal("daily-loss", "realized loss today 500,000 won reaches the limit 500,000 won"),
            Rule.Check(Check(Buy(), realized: -500_000m)));
}
