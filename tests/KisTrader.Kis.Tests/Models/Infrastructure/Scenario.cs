namespace KisTrader.Kis.Tests.Models.Infrastructure;

/// <summary>
/// The scripted market the model tests read back (simulator README "Scenario files"): 900010 시나리오전자 (KOSDAQ, 반도체,
/// 20,000,000 shares) with pinned daily rows for 2026-11-19/20, minute bars, a closing auction and two after-hours
/// matches on 2026-11-23, second-level ticks on 2026-11-24, and a market closure on 2026-11-25. Every value a test
/// asserts is derived here, by hand, from these numbers.
/// </summary>
public static class Scenario
{
    public const string Symbol = "900010";
    public const string Name = "시나리오전자";
    public const long ListedShares = 20_000_000;

    public static readonly DateOnly Day1 = new(2026, 11, 23);
    public static readonly DateOnly Day2 = new(2026, 11, 24);
    public static readonly DateOnly Holiday = new(2026, 11, 25);

    public const string Json = """
    {
      "name": "kisdata model tests",
      "seed": 42,
      "calendar": { "holidays": [ { "date": "2026-11-25", "note": "임시휴장" } ] },
      "symbols": [
        {
          "code": "900010", "name": "시나리오전자", "market": "KOSDAQ", "kind": "stock", "sector": "반도체",
          "listedShares": 20000000, "price": 10000,
          "daily": [
            { "date": "2026-11-19", "open": 9900, "high": 10050, "low": 9850, "close": 10000, "volume": 400000 },
            { "date": "2026-11-20", "open": 10000, "high": 10100, "low": 9950, "close": 10050, "volume": 420000 }
          ],
          "days": [
            {
              "date": "2026-11-23",
              "openingAuction": { "price": 10050, "volume": 5000 },
              "bars": [
                { "time": "09:00", "open": 10050, "high": 10100, "low": 10000, "close": 10080, "buyVolume": 3000, "sellVolume": 2000 },
                { "time": "14:00", "open": 10080, "high": 10500, "low": 10080, "close": 10450, "buyVolume": 90000, "sellVolume": 30000 }
              ],
              "closingAuction": { "price": 10500, "volume": 40000 },
              "afterHours": [
                { "time": "16:10", "price": 10600, "volume": 3000 },
                { "time": "16:30", "price": 10800, "volume": 5000 }
              ]
            },
            {
              "date": "2026-11-24",
              "openingAuction": { "price": 10900, "volume": 8000 },
              "ticks": [
                { "time": "09:00:05", "price": 10950, "volume": 120, "side": "buy" },
                { "time": "09:00:41", "price": 10900, "volume": 80, "side": "sell" },
                { "time": "09:01:10", "price": 11000, "volume": 300, "side": "buy" }
              ],
              "closingAuction": { "price": 11000, "volume": 10000 }
            }
          ]
        }
      ]
    }
    """;

    /// <summary>A KST instant.</summary>
    public static DateTimeOffset Kst(DateOnly date, int hour, int minute, int second = 0) =>
        new(date.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(9));
}
