using KisTrader.Grains.Storage;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Features;
using MarketKind = KisTrader.Trading.Market.Market;

namespace KisTrader.Grains.Tests.Storage;

/// <summary>
/// A small synthetic market screened by the real <see cref="Screener"/> with default options: 24 listings that pass
/// the six conditions with different strengths (so the ladder tightens), 6 that fail execution strength, and 2 the
/// base filters exclude.
/// </summary>
internal static class ScreeningScenario
{
    public static readonly DateOnly TradingDate = new(2026, 8, 24);

    public static (ScreeningRequest Request, ScreeningResult Result) Screen()
    {
        var universe = new List<SymbolDayInput>();
        for (var i = 0; i < 30; i++)
        {
            universe.Add(Listing($"{100000 + i * 10:D6}", strong: i < 24, step: i));
        }

        universe.Add(Listing("200010", strong: true, step: 3) with { Name = "스팩 1호", Flags = ListingFlags.Spac });
        universe.Add(Listing("200020", strong: true, step: 5) with { MarketCap = 50_000_000_000m });
        var request = new ScreeningRequest(universe, OrderableCash: 5_000_000m);
        return (request, new Screener(new ScreeningOptions()).Screen(request));
    }

    public static ScreeningRunRecord Record(Guid runId) =>
        Record(runId, DateTimeOffset.Parse("2026-08-24T06:30:00Z", null));

    public static ScreeningRunRecord Record(Guid runId, DateTimeOffset startedAt)
    {
        var (request, result) = Screen();
        return ScreeningRunRecord.From(
            runId, TradingDate, ScreeningTrigger.Schedule, startedAt, startedAt.AddSeconds(31.25), 187, request, result);
    }

    private static SymbolDayInput Listing(string code, bool strong, int step)
    {
        var previousClose = 10_000m;
        var close = previousClose * (1.03m + (0.002m * step));
        const long DayVolume = 2_000_000;
        var vwap = Math.Round(close / (1.025m + (0.001m * step)), 2);
        var p14 = Math.Round(close / (1.015m + (0.001m * step)), 0);
        var lateVolume = 400_000 + (step * 10_000);
        return new SymbolDayInput
        {
            Code = code,
            Name = $"종목{code}",
            Market = step % 3 == 0 ? MarketKind.Kosdaq : MarketKind.Kospi,
            MarketCap = 500_000_000_000m + (step * 1_000_000_000m),
            PreviousClose = previousClose,
            Close = close,
            DayVolume = DayVolume,
            DayTradingValue = vwap * DayVolume,
            IndexDayReturn = 0.004m,
            PreviousVolumes = [.. Enumerable.Repeat(700_000L - (step * 10_000L), 20)],
            MinuteBars =
            [
                new MinuteBar(new TimeOnly(9, 0), previousClose, p14, previousClose, p14, DayVolume - lateVolume - 1_000),
                new MinuteBar(new TimeOnly(13, 59), p14, p14, p14, p14, 1_000),
                new MinuteBar(new TimeOnly(15, 20), p14, close, p14, close, lateVolume),
            ],
            BuyInitiatedVolume = strong ? 1_150_000 + (step * 10_000) : 900_000,
            SellInitiatedVolume = 1_000_000,
            Vwap = vwap,
        };
    }
}
