namespace KisTrader.Kis.Simulator.Tests.Scenario;

/// <summary>Scenario JSON used by the tests (the same example as the simulator README's "Scenario files" section).</summary>
internal static class ScenarioSamples
{
    public const string Example = """
    {
      "name": "strong closer on 2026-11-23",
      "seed": 42,
      "calendar": {
        "holidays": [ { "date": "2026-11-25", "note": "임시휴장" } ],
        "special": [ { "date": "2026-11-26", "open": "10:00", "close": "16:30", "note": "특별 일정" } ]
      },
      "symbols": [
        {
          "code": "900010", "name": "시나리오전자", "market": "KOSDAQ", "kind": "stock", "sector": "반도체",
          "listedShares": 20000000, "price": 10000,
          "daily": [
            { "date": "2026-11-19", "open": 9900, "high": 10050, "low": 9850, "close": 10000, "volume": 400000 },
            { "date": "2026-11-20", "open": 10000, "high": 10100, "low": 9950, "close": 10050, "volume": 420000, "closingPriceVolume": 1500 }
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
              "closingPriceVolume": 2000,
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
        },
        { "code": "005930", "daily": [ { "date": "2026-11-20", "open": 101000, "high": 102000, "low": 100500, "close": 101500, "volume": 12000000 } ] }
      ],
      "faults": [ { "kind": "http500", "rate": 0.1, "from": "2026-11-23T15:30:00+09:00", "to": "2026-11-23T15:35:00+09:00" } ]
    }
    """;
}
