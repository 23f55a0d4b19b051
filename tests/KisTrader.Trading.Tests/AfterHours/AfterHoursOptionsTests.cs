using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Tests.AfterHours;

public sealed class AfterHoursOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndMatchTheSpec()
    {
        var o = new AfterHoursOptions();

        Assert.Empty(OptionsValidation.Validate(o, AfterHoursOptions.Section));
        Assert.Equal([new TimeOnly(16, 0), new TimeOnly(16, 30), new TimeOnly(17, 0), new TimeOnly(17, 30)], o.Checkpoints);
        Assert.Equal((0.02m, 0.005m, 0.01m, -0.02m), (o.InitialThreshold, o.ThresholdStep, o.ThresholdFloor, o.BackupDropTrigger));
        Assert.Equal((new TimeOnly(17, 0), 1, 3), (o.ResearchCheckpoint, o.ResearchRelaxLevels, o.Submission.MaxRetries));
        Assert.Equal((new TimeOnly(16, 0), new TimeOnly(18, 0)), (o.SessionStart, o.SessionEnd));
    }

    public static TheoryData<string, Action<AfterHoursOptions>> InvalidSettings => new()
    {
        { "Strategy:AfterHours:Checkpoints", o => o.Checkpoints = [new(16, 30), new(16, 0)] },
        { "Strategy:AfterHours:Checkpoints", o => o.Checkpoints = [new(16, 0), new(16, 0)] },
        { "Strategy:AfterHours:Checkpoints", o => o.Checkpoints = [] },
        { "Strategy:AfterHours:Checkpoints", o => o.Checkpoints = [new(16, 0), new(18, 30)] },
        { "Strategy:AfterHours:ThresholdFloor", o => o.ThresholdFloor = 0.03m },
        { "Strategy:AfterHours:InitialThreshold", o => o.InitialThreshold = 0m },
        { "Strategy:AfterHours:BackupDropTrigger", o => o.BackupDropTrigger = 0.02m },
        { "Strategy:AfterHours:ThresholdStep", o => o.ThresholdStep = -0.005m },
        { "Strategy:AfterHours:ResearchCheckpoint", o => o.ResearchCheckpoint = new TimeOnly(17, 30) },
        { "Strategy:AfterHours:ResearchCheckpoint", o => o.ResearchCheckpoint = new TimeOnly(17, 15) },
        { "Strategy:AfterHours:ResearchRelaxLevels", o => o.ResearchRelaxLevels = 0 },
        { "Strategy:AfterHours:SessionEnd", o => o.SessionEnd = new TimeOnly(15, 0) },
        { "Strategy:AfterHours:Submission:MaxRetries", o => o.Submission.MaxRetries = 11 },
        { "Strategy:AfterHours:Submission:InitialDelay", o => o.Submission.InitialDelay = TimeSpan.Zero },
        { "Strategy:AfterHours:Submission:BackoffMultiplier", o => o.Submission.BackoffMultiplier = 0.5m },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheSetting(string path, Action<AfterHoursOptions> spoil)
    {
        var options = new AfterHoursOptions();
        spoil(options);

        var errors = OptionsValidation.Validate(options, AfterHoursOptions.Section);

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ResearchDisabled_AnyResearchCheckpointAccepted()
    {
        var options = new AfterHoursOptions { ResearchEnabled = false, ResearchCheckpoint = new TimeOnly(17, 30) };

        Assert.Empty(OptionsValidation.Validate(options, AfterHoursOptions.Section));
    }

    [Fact]
    public void Planner_InvalidOptions_ThrowsNamingTheSetting()
    {
        var ex = Assert.Throws<InvalidOptionsException>(() =>
            new AfterHoursPlanner(new AfterHoursOptions { BackupDropTrigger = 0.02m }, PriceGrid.Default));

        Assert.Contains("Strategy:AfterHours:BackupDropTrigger", ex.Message);
    }
}
