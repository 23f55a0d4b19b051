using KisTrader.Silo.Replay;

namespace KisTrader.Silo.Tests;

public sealed class ReplayCommandLineTests
{
    [Fact]
    public void No_arguments_replay_the_latest_session_of_seed_42()
    {
        var c = ReplayCommandLine.Parse([]);

        Assert.Null(c.Error);
        Assert.False(c.Help);
        Assert.Null(c.Date);
        Assert.Equal(1, c.Days);
        Assert.Equal(42, c.Seed);
    }

    [Fact]
    public void Flags_are_parsed_and_strategy_settings_pass_through()
    {
        var c = ReplayCommandLine.Parse(["--date", "2026-11-25", "--seed", "7", "--Strategy:Costs:CommissionRate=0.0001"]);

        Assert.Null(c.Error);
        Assert.Equal(new DateOnly(2026, 11, 25), c.Date);
        Assert.Equal(7, c.Seed);
        Assert.Equal(["--Strategy:Costs:CommissionRate=0.0001"], c.ConfigurationArgs);
    }

    [Theory]
    [InlineData("--date", "25/11/2026", "--date needs a date")]
    [InlineData("--days", "0", "--days needs a whole number from 1 to 60")]
    [InlineData("--days", "61", "--days needs a whole number from 1 to 60")]
    [InlineData("--seed", "x", "--seed needs a whole number")]
    [InlineData("--bogus", "1", "unknown argument '--bogus'")]
    public void Bad_flags_are_refused_with_a_message(string flag, string value, string message)
    {
        var c = ReplayCommandLine.Parse([flag, value]);

        Assert.NotNull(c.Error);
        Assert.StartsWith(message, c.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_and_days_together_are_refused()
    {
        Assert.Equal("use either --date or --days, not both", ReplayCommandLine.Parse(["--date", "2026-11-25", "--days", "3"]).Error);
    }

    [Fact]
    public void A_flag_without_its_value_is_refused()
    {
        Assert.NotNull(ReplayCommandLine.Parse(["--date"]).Error);
    }
}
