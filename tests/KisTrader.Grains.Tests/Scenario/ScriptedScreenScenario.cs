using System.Text.Json;
using System.Text.Json.Nodes;

namespace KisTrader.Grains.Tests.Scenario;

/// <summary>
/// The scripted market of <see cref="ScriptedScreenTests"/>: a simulator scenario (replaceUniverse, so only these 14
/// listings exist and the two indices are computed from them) on Monday 2026-11-23, written to a temporary file at
/// fixture start. Every listing has 20 pinned flat daily rows 2026-10-26 … 2026-11-20 (the 20 trading days before the
/// day; the last one is the day's 기준가) at <see cref="Listing.PreviousClose"/> with <see cref="Listing.HistoryVolume"/>,
/// and its anchor price (the index divisor's base) is that same previous close, so both indices stand exactly at their
/// base levels (KOSPI 2,650, KOSDAQ 870) on 2026-11-20. The day itself is either scripted minute by minute
/// (<see cref="Listing.Bars"/>: flat 1-minute bars, so every print of a bar is at its one price, plus a closing auction)
/// or a flat pinned daily row (<see cref="Listing.Flat"/>).
/// </summary>
internal static class ScriptedScreenScenario
{
    /// <summary>The screened day.</summary>
    public static readonly DateOnly Day = new(2026, 11, 23);

    /// <summary>A flat 1-minute bar: every print at <paramref name="Price"/>.</summary>
    public sealed record Bar(string Time, int Price, int BuyVolume, int SellVolume);

    /// <summary>A flat pinned daily row for the day (no intraday script): open = high = low = close.</summary>
    public sealed record FlatDay(int Close, int Volume);

    /// <summary>One listing of the scenario.</summary>
    public sealed record Listing(
        string Code,
        string Name,
        string Market,
        long ListedShares,
        int PreviousClose,
        int HistoryVolume,
        IReadOnlyList<Bar>? Bars = null,
        int ClosingAuctionPrice = 0,
        int ClosingAuctionVolume = 0,
        FlatDay? Flat = null,
        string Kind = "stock",
        bool Administrative = false);

    private static Bar[] Day3(int open, int b1, int s1, int p14, int b2, int s2, int late, int b3, int s3) =>
        [new("09:00", open, b1, s1), new("13:59", p14, b2, s2), new("14:00", late, b3, s3)];

    /// <summary>
    /// The listings. The three scripted bars are 09:00 (the open), 13:59 (the last traded bar wholly before 14:00, so its
    /// price is P14) and 14:00 (late session); the closing auction at 15:30 sets the close.
    /// </summary>
    public static readonly IReadOnlyList<Listing> Listings =
    [
        // KOSPI
        new("900100", "가온전자", "KOSPI", 30_000_000, 10_000, 400_000,
            Day3(9_800, 500_000, 500_000, 10_000, 60_000, 60_000, 10_600, 280_000, 0), 10_600, 200_000),
        new("900110", "다온소재", "KOSPI", 20_000_000, 10_000, 1_000_000,
            Day3(10_000, 600_000, 600_000, 10_000, 60_000, 60_000, 10_500, 300_000, 0), 10_500, 180_000),
        new("900120", "라온기계", "KOSPI", 20_000_000, 10_000, 500_000,
            Day3(9_900, 450_000, 450_000, 10_000, 100_000, 50_000, 10_400, 150_000, 150_000), 10_400, 150_000),
        new("900130", "미래통신", "KOSPI", 20_000_000, 10_000, 500_000,
            Day3(9_900, 450_000, 450_000, 10_000, 75_000, 75_000, 10_220, 200_000, 100_000), 10_220, 150_000),
        new("900140", "바다식품", "KOSPI", 20_000_000, 5_000, 100_000, Flat: new(5_000, 100_000)),
        new("900150", "한빛홀딩스", "KOSPI", 200_000_000, 55_200, 300_000, Flat: new(55_600, 300_000)),
        new("900160", "시나리오200", "KOSPI", 10_000_000, 30_000, 500_000, Flat: new(30_000, 500_000), Kind: "etf"),

        // KOSDAQ
        new("900200", "나래바이오", "KOSDAQ", 10_000_000, 20_000, 300_000,
            Day3(19_900, 300_000, 300_000, 20_000, 37_500, 37_500, 20_800, 105_000, 30_000), 20_800, 90_000),
        new("900210", "새봄소프트", "KOSDAQ", 20_000_000, 12_000, 500_000,
            Day3(12_000, 500_000, 400_000, 12_500, 80_000, 70_000, 12_600, 240_000, 60_000), 12_600, 150_000),
        new("900220", "아라테크", "KOSDAQ", 20_000_000, 10_000, 500_000,
            Day3(9_900, 600_000, 500_000, 10_000, 105_000, 100_000, 10_300, 90_000, 30_000), 10_300, 75_000),
        new("900230", "하늘게임즈", "KOSDAQ", 20_000_000, 10_000, 500_000,
            Day3(10_100, 450_000, 450_000, 10_000, 75_000, 75_000, 10_300, 200_000, 100_000), 10_300, 150_000),
        new("900240", "푸른에너지", "KOSDAQ", 20_000_000, 10_000, 500_000,
            Day3(9_900, 600_000, 500_000, 10_000, 200_000, 125_000, 10_400, 30_000, 15_000), 10_400, 30_000),
        new("900250", "누리제약", "KOSDAQ", 116_000_000, 22_000, 300_000, Flat: new(21_500, 300_000), Administrative: true),
        new("900260", "작은전기", "KOSDAQ", 1_000_000, 8_000, 200_000, Flat: new(8_000, 200_000)),
    ];

    /// <summary>The 20 trading days before <see cref="Day"/>: 2026-10-26 … 2026-11-20 (no KRX holiday in between).</summary>
    public static IReadOnlyList<DateOnly> HistoryDays()
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(2026, 10, 26); d < Day; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>The scenario as the simulator's JSON format (kis/KisTrader.Kis.Simulator/README.md "Scenario files").</summary>
    public static string Json()
    {
        var symbols = new JsonArray();
        foreach (var l in Listings)
        {
            var daily = new JsonArray();
            foreach (var d in HistoryDays())
            {
                daily.Add(Row(d, l.PreviousClose, l.HistoryVolume));
            }

            var symbol = new JsonObject
            {
                ["code"] = l.Code,
                ["name"] = l.Name,
                ["market"] = l.Market,
                ["kind"] = l.Kind,
                ["listedShares"] = l.ListedShares,
                ["price"] = l.PreviousClose,
                ["administrative"] = l.Administrative,
            };
            if (l.Flat is { } flat)
            {
                daily.Add(Row(Day, flat.Close, flat.Volume));
            }

            symbol["daily"] = daily;
            if (l.Bars is { } bars)
            {
                var scripted = new JsonArray();
                foreach (var b in bars)
                {
                    scripted.Add(new JsonObject
                    {
                        ["time"] = b.Time,
                        ["open"] = b.Price,
                        ["high"] = b.Price,
                        ["low"] = b.Price,
                        ["close"] = b.Price,
                        ["buyVolume"] = b.BuyVolume,
                        ["sellVolume"] = b.SellVolume,
                    });
                }

                symbol["days"] = new JsonArray(new JsonObject
                {
                    ["date"] = Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["bars"] = scripted,
                    ["closingAuction"] = new JsonObject { ["price"] = l.ClosingAuctionPrice, ["volume"] = l.ClosingAuctionVolume },
                });
            }

            symbols.Add(symbol);
        }

        var root = new JsonObject
        {
            ["name"] = "scripted screen 2026-11-23 (issue 5)",
            ["seed"] = 42,
            ["replaceUniverse"] = true,
            ["symbols"] = symbols,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Row(DateOnly date, int price, int volume) => new()
    {
        ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["open"] = price,
        ["high"] = price,
        ["low"] = price,
        ["close"] = price,
        ["volume"] = volume,
    };
}
