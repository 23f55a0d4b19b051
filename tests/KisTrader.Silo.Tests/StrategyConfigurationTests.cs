using KisTrader.Silo.Configuration;
using KisTrader.Trading.Options;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Silo.Tests;

public sealed class StrategyConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Load_without_settings_gives_the_strategy_defaults()
    {
        var options = StrategyConfiguration.Load(Config());

        Assert.Equal([new TimeOnly(16, 0), new TimeOnly(16, 30), new TimeOnly(17, 0), new TimeOnly(17, 30)], options.AfterHours.Checkpoints);
        Assert.Equal(7, options.PriceGrid.Bands.Count);
        Assert.Equal(10_000_000m, options.Screening.Allocation.SessionBudget);
    }

    [Fact]
    public void Load_replaces_a_configured_list_instead_of_appending_to_the_defaults()
    {
        var options = StrategyConfiguration.Load(Config(
            ("Strategy:AfterHours:Checkpoints:0", "16:10"),
            ("Strategy:AfterHours:Checkpoints:1", "16:40"),
            ("Strategy:AfterHours:ResearchCheckpoint", "16:10")));

        Assert.Equal([new TimeOnly(16, 10), new TimeOnly(16, 40)], options.AfterHours.Checkpoints);
        Assert.Equal(7, options.PriceGrid.Bands.Count); // an unconfigured list keeps its defaults
    }

    [Fact]
    public void Load_replaces_a_configured_list_of_objects()
    {
        var options = StrategyConfiguration.Load(Config(
            ("Strategy:PriceGrid:Bands:0:UpperExclusive", "10000"),
            ("Strategy:PriceGrid:Bands:0:Tick", "5"),
            ("Strategy:PriceGrid:Bands:1:UpperExclusive", "0"),
            ("Strategy:PriceGrid:Bands:1:Tick", "50")));

        Assert.Equal([(10_000m, 5m), (0m, 50m)], options.PriceGrid.Bands.Select(b => (b.UpperExclusive, b.Tick)));
    }

    [Fact]
    public void Load_binds_scalars_deep_in_the_tree()
    {
        var options = StrategyConfiguration.Load(Config(
            ("Strategy:Screening:Allocation:SessionBudget", "20000000"),
            ("Strategy:Costs:CommissionRate", "0.0002")));

        Assert.Equal(20_000_000m, options.Screening.Allocation.SessionBudget);
        Assert.Equal(0.0002m, options.Costs.CommissionRate);
    }

    [Fact]
    public void Load_rejects_an_invalid_value_naming_the_full_setting_path()
    {
        var ex = Assert.Throws<InvalidOptionsException>(() => StrategyConfiguration.Load(Config(
            ("Strategy:Screening:Adjustment:MinCandidates", "50"))));

        Assert.Contains(ex.Errors, e => e.StartsWith("Strategy:Screening:Adjustment:MinCandidates:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_rejects_a_misspelt_setting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => StrategyConfiguration.Load(Config(
            ("Strategy:Screening:Allocation:SesionBudget", "1"))));

        Assert.Contains("SesionBudget", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_rejects_an_invalid_list_with_the_list_named()
    {
        var ex = Assert.Throws<InvalidOptionsException>(() => StrategyConfiguration.Load(Config(
            ("Strategy:AfterHours:Checkpoints:0", "17:00"),
            ("Strategy:AfterHours:Checkpoints:1", "16:30"))));

        Assert.Contains(ex.Errors, e => e.StartsWith("Strategy:AfterHours:Checkpoints", StringComparison.Ordinal));
    }
}
