using System.Text.Json.Nodes;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>What every <see cref="IDailyStatisticsStore"/> does (in memory and on journal.daily_statistics).</summary>
public abstract class DailyStatisticsStoreBehaviour
{
    private static readonly DateTimeOffset At = new(2031, 1, 9, 15, 35, 0, TimeSpan.FromHours(9));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract IDailyStatisticsStore Store { get; }

    private static DailyStatisticsRow Row(PeriodKind kind, DateOnly start, decimal pnl) =>
        new(kind, start, 2, 3, 1, pnl, pnl / 10_000_000m, 12_500m, $$"""{"label": "{{kind}}", "totalNetPnL": {{pnl}}}""", At.AddTicks(3));

    [Fact]
    public async Task Replace_ReadBack_RowsByKindThenStartWithInstantsAsUtcMicroseconds()
    {
        var monday = new DateOnly(2031, 1, 6);
        DailyStatisticsRow[] rows = [Row(PeriodKind.Week, monday, 1_000m), Row(PeriodKind.Day, monday.AddDays(3), -250.5m), Row(PeriodKind.Day, monday, 1_250.5m)];

        await Store.ReplaceAsync(rows, Ct);
        var read = await Store.ReadAsync(monday, monday.AddDays(6), Ct);

        Assert.Equal([(PeriodKind.Day, monday), (PeriodKind.Day, monday.AddDays(3)), (PeriodKind.Week, monday)], read.Select(r => (r.Kind, r.PeriodStart)));
        Assert.Equal(rows[2] with { DetailsJson = read[0].DetailsJson, ComputedAt = At.ToUniversalTime() }, read[0]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(rows[2].DetailsJson), JsonNode.Parse(read[0].DetailsJson)));
    }

    [Fact]
    public async Task Replace_SamePeriodAgain_ReplacesTheRow()
    {
        var day = new DateOnly(2031, 2, 3);
        await Store.ReplaceAsync([Row(PeriodKind.Day, day, 100m)], Ct);

        await Store.ReplaceAsync([Row(PeriodKind.Day, day, -300m)], Ct);

        Assert.Equal(-300m, Assert.Single(await Store.ReadAsync(day, day, Ct)).NetPnL);
    }

    [Fact]
    public async Task Replace_OverallWithAnotherStart_KeepsOneOverallRow()
    {
        await Store.ReplaceAsync([Row(PeriodKind.Overall, new DateOnly(2031, 3, 2), 1m)], Ct);

        await Store.ReplaceAsync([Row(PeriodKind.Overall, new DateOnly(2031, 3, 1), 2m)], Ct);

        var overall = Assert.Single(await Store.ReadAsync(DateOnly.MinValue, DateOnly.MaxValue, Ct), r => r.Kind == PeriodKind.Overall);
        Assert.Equal((new DateOnly(2031, 3, 1), 2m), (overall.PeriodStart, overall.NetPnL));
    }
}
