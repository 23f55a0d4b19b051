using KisTrader.GrainInterfaces;
using KisTrader.Grains.Portfolio;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Selection;

namespace KisTrader.Grains.Tests.Portfolio;

/// <summary>The overrides over the screening options, checked by the strategy options' own rules.</summary>
public sealed class PortfolioRulesTests
{
    [Fact]
    public void Apply_SomeValues_OverridesOnlyThoseAndSharesTheRest()
    {
        var defaults = new ScreeningOptions();
        var applied = PortfolioRules.Apply(defaults, new PortfolioOverrides(SessionBudget: 7_500_000m, BackupCount: 2));
        Assert.Equal(new PortfolioSettings(7_500_000m, 5, 2, AllocationMode.Equal), PortfolioRules.Settings(applied));
        Assert.Same(defaults.Conditions, applied.Conditions);
        Assert.Same(defaults.Adjustment, applied.Adjustment);
        Assert.Equal(new PortfolioSettings(10_000_000m, 5, 5, AllocationMode.Equal), PortfolioRules.Settings(defaults));
    }

    [Fact]
    public void Apply_NoOverride_TheOptionsThemselves()
    {
        var defaults = new ScreeningOptions();
        Assert.Same(defaults, PortfolioRules.Apply(defaults, PortfolioOverrides.None));
        Assert.Same(defaults, PortfolioRules.Apply(defaults, null));
    }

    [Fact]
    public void Validate_EveryValueInRange_NoError()
    {
        Assert.Empty(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(1m, 1, 0, AllocationMode.ScoreWeighted)));
        // Default MaxCandidates is 19: 10 + 9 fits exactly.
        Assert.Empty(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(100_000_000_000m, 10, 9, AllocationMode.Equal)));
    }

    [Theory]
    [InlineData(0, "Strategy:Screening:Allocation:SessionBudget")]
    [InlineData(-1_000_000, "Strategy:Screening:Allocation:SessionBudget")]
    [InlineData(100_000_000_001, "Strategy:Screening:Allocation:SessionBudget")]
    public void Validate_BudgetOutOfRange_NamesTheBudget(long budget, string path)
    {
        var error = Assert.Single(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(SessionBudget: budget)));
        Assert.StartsWith(path + ":", error, StringComparison.Ordinal);
        Assert.Contains(budget.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FractionalBudget_WholeWonRequired()
    {
        var error = Assert.Single(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(SessionBudget: 1_000_000.5m)));
        Assert.StartsWith("Strategy:Screening:Allocation:SessionBudget: must be a whole number of won", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "Strategy:Screening:Selection:SelectedCount")]
    [InlineData(101, 0, "Strategy:Screening:Selection:SelectedCount")]
    [InlineData(1, -1, "Strategy:Screening:Selection:BackupCount")]
    public void Validate_CountOutOfRange_NamesTheCount(int selected, int backups, string path)
    {
        var errors = PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(SelectedCount: selected, BackupCount: backups));
        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MoreThanMaxCandidates_SelectionRuleOfTheOptions()
    {
        // 15 + 5 = 20 > MaxCandidates 19 (each count in range on its own).
        var error = Assert.Single(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(SelectedCount: 15, BackupCount: 5)));
        Assert.StartsWith("Strategy:Screening:Selection: SelectedCount + BackupCount must not exceed Adjustment:MaxCandidates (19)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownMode_NamesTheMode()
    {
        var error = Assert.Single(PortfolioRules.Validate(new ScreeningOptions(), new PortfolioOverrides(AllocationMode: (AllocationMode)7)));
        Assert.StartsWith("Strategy:Screening:Allocation:Mode:", error, StringComparison.Ordinal);
    }
}
