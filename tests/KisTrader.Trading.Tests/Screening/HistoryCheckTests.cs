using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>The pure rule "is this volume history usable for C1" (the funnel drops a listing on it before any quote).</summary>
public sealed class HistoryCheckTests
{
    private static readonly FeatureCalculator Calculator = new(new FeatureOptions());

    public static TheoryData<string, long[]?, FeatureIssue> Unusable => new()
    {
        { "not supplied", null, FeatureIssue.NotSupplied },
        { "19 days", [.. Enumerable.Repeat(1_000L, 19)], FeatureIssue.InsufficientHistory },
        { "20 days of zero", [.. Enumerable.Repeat(0L, 20)], FeatureIssue.NoHistoryVolume },
        { "a negative day", [-1L, .. Enumerable.Repeat(1_000L, 19)], FeatureIssue.NoHistoryVolume },
        { "zero in the last 20 of 25", [5_000L, 5_000L, 5_000L, 5_000L, 5_000L, .. Enumerable.Repeat(0L, 20)], FeatureIssue.NoHistoryVolume },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void CheckHistory_Unusable_GivesTheReasonC1Reports(string label, long[]? history, FeatureIssue issue)
    {
        var check = Calculator.CheckHistory(history);
        var c1 = Calculator.VolumeMultiple(Stock("000001", Base) with { PreviousVolumes = history, DayVolume = 3_000_000 });

        Assert.False(check.IsUsable, label);
        Assert.Equal(issue, check.Issue);
        Assert.Equal(c1, check.AsFeature());
        Assert.NotEqual(FeatureState.Known, c1.State);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(25)]
    public void CheckHistory_Usable_C1IsKnownForAnyDayVolume(int days)
    {
        long[] history = [.. Enumerable.Repeat(0L, days - 1), 20];

        Assert.Equal(HistoryCheck.Usable, Calculator.CheckHistory(history));
        Assert.Equal(FeatureValue.Known(0m), Calculator.VolumeMultiple(Stock("000001", Base) with { PreviousVolumes = history, DayVolume = 0 }));
        Assert.Equal(FeatureValue.Known(20m), Calculator.VolumeMultiple(Stock("000001", Base) with { PreviousVolumes = history, DayVolume = 20 }));
        Assert.Throws<InvalidOperationException>(() => Calculator.CheckHistory(history).AsFeature());
    }

    [Fact]
    public void CheckHistory_UnusableReasons_Texts()
    {
        Assert.Equal("only 3 of the 20 previous trading days are known", Calculator.CheckHistory([1, 2, 3]).Reason);
        Assert.Equal("the previous 20 days traded no volume", Calculator.CheckHistory([.. Enumerable.Repeat(0L, 20)]).Reason);
    }
}
