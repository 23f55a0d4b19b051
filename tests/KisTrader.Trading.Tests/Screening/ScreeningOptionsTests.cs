using System.Collections;
using System.Reflection;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Selection;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>Every number of the screen comes from validated options; a bad value is rejected naming its setting.</summary>
public sealed class ScreeningOptionsTests
{
    [Fact]
    public void Defaults_ValidAndEqualToTheStrategyPage()
    {
        var o = new ScreeningOptions();

        Assert.Empty(OptionsValidation.Validate(o, ScreeningOptions.Section));
        Assert.Equal("Strategy:Screening", ScreeningOptions.Section);
        Assert.Equal((100_000_000_000m, 10_000_000_000_000m, 1_000m, 500_000m, 10_000_000_000m),
            (o.Universe.MinMarketCap, o.Universe.MaxMarketCap, o.Universe.MinClose, o.Universe.MaxClose, o.Universe.MinDayTradingValue));
        Assert.Equal((20, new TimeOnly(14, 0), new TimeOnly(9, 0)), (o.Features.VolumeHistoryDays, o.Features.LateSessionStart, o.Features.SessionOpen));
        foreach (var level in ScreeningLevels.All)
        {
            Assert.Equal(Table(level), o.Conditions.ThresholdsAt(level));
        }

        Assert.Equal(new ConditionVector(5.0m, 0.04m, 0.40m, 200m, 0.06m, 1.06m), o.Conditions.FullMarks());
        Assert.Equal(new ConditionVector(20m, 20m, 15m, 15m, 15m, 15m), o.Conditions.Weights());
        Assert.Equal((3, 19), (o.Adjustment.MinCandidates, o.Adjustment.MaxCandidates));
        Assert.Equal((5, 5), (o.Selection.SelectedCount, o.Selection.BackupCount));
        Assert.Equal((10_000_000m, AllocationMode.Equal), (o.Allocation.SessionBudget, o.Allocation.Mode));
    }

    public static TheoryData<string, Action<ScreeningOptions>> InvalidSettings => new()
    {
        { "Strategy:Screening:Universe:MinMarketCap", o => o.Universe.MinMarketCap = 20_000_000_000_000m },
        { "Strategy:Screening:Universe:MinClose", o => o.Universe.MinClose = 600_000m },
        { "Strategy:Screening:Universe:MaxClose", o => o.Universe.MaxClose = 0m },
        { "Strategy:Screening:Universe:MinDayTradingValue", o => o.Universe.MinDayTradingValue = -1m },
        { "Strategy:Screening:Features:VolumeHistoryDays", o => o.Features.VolumeHistoryDays = 0 },
        { "Strategy:Screening:Features:LateSessionStart", o => o.Features.LateSessionStart = new TimeOnly(15, 30) },
        { "Strategy:Screening:Features:LateSessionStart", o => o.Features.LateSessionStart = new TimeOnly(14, 0, 30) },
        { "Strategy:Screening:Features:LateSessionStart", o => (o.Features.SessionOpen, o.Features.LateSessionStart) = (new TimeOnly(10, 0), new TimeOnly(9, 30)) },
        { "Strategy:Screening:Features:SessionOpen", o => o.Features.SessionOpen = new TimeOnly(7, 0) },
        { "Strategy:Screening:Features:SessionOpen", o => o.Features.SessionOpen = new TimeOnly(9, 0, 1) },
        { "Strategy:Screening:Conditions:VolumeMultiple:Relax1", o => o.Conditions.VolumeMultiple.Relax1 = 2.1m },
        { "Strategy:Screening:Conditions:VolumeMultiple:Tighten1", o => o.Conditions.VolumeMultiple.Tighten1 = 3.1m },
        { "Strategy:Screening:Conditions:LateSessionReturn:FullMark", o => o.Conditions.LateSessionReturn.FullMark = 0.01m },
        { "Strategy:Screening:Conditions:LateVolumeShare:Tighten2", o => o.Conditions.LateVolumeShare.Tighten2 = 20m },
        { "Strategy:Screening:Conditions:ExecutionStrength:Weight", o => o.Conditions.ExecutionStrength.Weight = -1m },
        { "Strategy:Screening:Conditions:RelativeReturn:Base", o => o.Conditions.RelativeReturn.Base = 1.5m },
        { "Strategy:Screening:Conditions:CloseToVwap:Relax3", o => o.Conditions.CloseToVwap.Relax3 = 0.4m },
        { "Strategy:Screening:Conditions:VolumeMultiple", o => o.Conditions.VolumeMultiple = null! },
        { "Strategy:Screening:Adjustment:MinCandidates", o => o.Adjustment.MinCandidates = 20 },
        { "Strategy:Screening:Adjustment:MaxCandidates", o => o.Adjustment.MaxCandidates = 0 },
        { "Strategy:Screening:Selection:SelectedCount", o => o.Selection.SelectedCount = 0 },
        { "Strategy:Screening:Selection", o => o.Selection.BackupCount = 15 },
        { "Strategy:Screening:Allocation:SessionBudget", o => o.Allocation.SessionBudget = 0m },
        { "Strategy:Screening:Allocation:SessionBudget", o => o.Allocation.SessionBudget = 1_000_000.5m },
        { "Strategy:Screening:Allocation:Mode", o => o.Allocation.Mode = (AllocationMode)7 },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Screener_InvalidSetting_RejectedNamingTheSetting(string path, Action<ScreeningOptions> spoil)
    {
        var options = new ScreeningOptions();
        spoil(options);

        var ex = Assert.Throws<InvalidOptionsException>(() => new Screener(options));

        Assert.Contains(ex.Errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void PercentWrittenForFraction_MessageNamesSettingAndUnit()
    {
        var options = new ScreeningOptions();
        options.Conditions.LateVolumeShare.Base = 15m;

        var errors = OptionsValidation.Validate(options, ScreeningOptions.Section);

        Assert.Contains("Strategy:Screening:Conditions:LateVolumeShare:Base: C3 value 15 must be between 0 and 1 (a fraction: 0.01 = 1%) (value: 15)", errors);
    }

    [Fact]
    public void AllWeightsZero_Rejected()
    {
        var options = new ScreeningOptions();
        foreach (var id in ConditionIds.All)
        {
            options.Conditions[id].Weight = 0m;
        }

        Assert.Contains(OptionsValidation.Validate(options, ScreeningOptions.Section),
            e => e.StartsWith("Strategy:Screening:Conditions:VolumeMultiple: the weights must not all be zero", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplacedRow_StillCheckedAgainstItsConditionsDomain()
    {
        // Configuration binding may assign a new row object: the domain check must follow it.
        var options = new ScreeningOptions();
        options.Conditions.CloseToVwap = new ConditionOptions
        {
            Tighten2 = 104m, Tighten1 = 103m, Base = 102m, Relax1 = 101m, Relax2 = 100.5m, Relax3 = 100m, FullMark = 106m, Weight = 15m,
        };

        Assert.Contains(OptionsValidation.Validate(options, ScreeningOptions.Section),
            e => e.StartsWith("Strategy:Screening:Conditions:CloseToVwap:Base: C6 value 102 must be between 0.5 and 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Screener_FreezesOptions_LaterChangesHaveNoEffect()
    {
        var options = new ScreeningOptions();
        var screener = new Screener(options);
        options.Conditions.VolumeMultiple.Base = 2.4m;
        options.Adjustment.MaxCandidates = 5;

        Assert.Equal(2.0m, screener.Ladder.Thresholds(ScreeningLevel.Base).VolumeMultiple);
        Assert.Equal(19, screener.Screen(Request(Batch('C', 19, Base))).Candidates.Length);
    }

    [Fact]
    public void OptionsGraph_HoldsNoListValues()
    {
        // Configuration binding appends to a list initialised in the class, which would silently double a level table
        // (e.g. 12 levels). The ladder is six named properties per condition instead; keep it list-free.
        var offenders = new List<string>();
        Walk(typeof(ScreeningOptions), "Strategy:Screening", offenders);

        Assert.Empty(offenders);
    }

    private static void Walk(Type type, string path, List<string> offenders)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var t = p.PropertyType;
            if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
            {
                offenders.Add($"{path}:{p.Name}");
            }
            else if (t.IsClass && t != typeof(string) && t.Namespace?.StartsWith("KisTrader", StringComparison.Ordinal) == true)
            {
                Walk(t, $"{path}:{p.Name}", offenders);
            }
        }
    }
}
