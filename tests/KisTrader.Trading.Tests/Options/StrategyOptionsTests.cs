using KisTrader.Trading.Options;

namespace KisTrader.Trading.Tests.OptionsTests;

public sealed class StrategyOptionsTests
{
    [Fact]
    public void The_defaults_of_strategy_md_are_valid()
    {
        Assert.Empty(new StrategyOptions().Validate());
    }

    [Fact]
    public void A_missing_section_is_named()
    {
        var options = new StrategyOptions { Exits = null! };

        Assert.Contains("Strategy:Exits: is required (value: null)", options.Validate());
    }

    [Fact]
    public void Failures_deep_in_the_tree_carry_their_full_configuration_path()
    {
        var options = new StrategyOptions();
        options.Costs.CommissionRate = -1m;
        options.Screening.Allocation.SessionBudget = 0m;

        var errors = options.Validate();

        Assert.Contains(errors, e => e.StartsWith("Strategy:Costs:CommissionRate:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Strategy:Screening:Allocation:SessionBudget:", StringComparison.Ordinal));
        var ex = Assert.Throws<InvalidOptionsException>(options.ThrowIfInvalid);
        Assert.Equal(errors, ex.Errors);
    }
}
