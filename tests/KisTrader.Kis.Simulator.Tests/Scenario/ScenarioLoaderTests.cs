using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Scenario;

namespace KisTrader.Kis.Simulator.Tests.Scenario;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Parse_Example_ReadsEverySection()
    {
        var s = ScenarioLoader.Parse(ScenarioSamples.Example);
        Assert.Equal(("strong closer on 2026-11-23", 42, false), (s.Name, s.Seed, s.ReplaceUniverse));
        Assert.Equal(new DateOnly(2026, 11, 25), Assert.Single(s.Calendar!.Holidays).Date);
        Assert.Equal(2, s.Symbols.Length);
        var symbol = s.Symbols[0];
        Assert.Equal((SimMarketId.Kosdaq, SimListingKind.Stock, 20_000_000L), (symbol.Market!.Value, symbol.Kind!.Value, symbol.ListedShares!.Value));
        Assert.Equal(2, symbol.Days[0].Bars.Length);
        Assert.Equal(SimSide.Sell, symbol.Days[1].Ticks[1].Side);
        Assert.Equal(new TimeOnly(9, 0, 41), symbol.Days[1].Ticks[1].Time);
        Assert.Single(s.Faults);
    }

    [Theory]
    [InlineData("""{ "symbols": [ { "code": "12345" } ] }""", "symbols[0].code '12345' must be 6 digits")]
    [InlineData("""{ "symbols": [ { "code": "900010", "market": "NYSE" } ] }""", "symbols[0].market 'NYSE' must be one of: KOSPI, KOSDAQ")]
    [InlineData("""{ "symbols": [ { "code": "900010", "days": [ { "date": "2026-13-01" } ] } ] }""", "symbols[0].days[0].date '2026-13-01' is not a date")]
    [InlineData("""{ "symbols": [ { "code": "900010", "days": [ { "date": "2026-11-23", "bars": [ { "time": "09:00", "open": 100, "high": 100, "low": 100, "close": 100, "buyVolume": 1, "sellVolume": 1 } ] } ] } ] }""", "symbols[0].days[0].bars[0]: buyVolume 1 / sellVolume 1 cannot print")]
    [InlineData("""{ "symbols": [ { "code": "900010", "days": [ { "date": "2026-11-23", "bars": [ { "time": "09:00", "open": 100, "high": 99, "low": 100, "close": 100, "buyVolume": 3, "sellVolume": 3 } ] } ] } ] }""", "symbols[0].days[0].bars[0]: need 0 < low")]
    [InlineData("""{ "symbols": [ { "code": "900010", "days": [ { "date": "2026-11-23", "afterHours": [ { "time": "16:15", "price": 100, "volume": 1 } ] } ] } ] }""", "symbols[0].days[0].afterHours[0].time 16:15:00 is not an auction time")]
    [InlineData("""{ "symbols": [ { "code": "900010", "prise": 100 } ] }""", "Scenario JSON is invalid at $.symbols[0]")]
    [InlineData("""{ "symbols": [ { "code": "900010" }, { "code": "900010" } ] }""", "symbols: code 900010 appears more than once")]
    [InlineData("""{ "symbols": [ { "code": "900010", "days": [ { "date": "2026-11-23", "bars": [ { "time": "09:00", "open": 100, "high": 100, "low": 100, "close": 100, "buyVolume": 3, "sellVolume": 3 } ], "ticks": [ { "time": "09:00:01", "price": 100, "volume": 1, "side": "buy" } ] } ] } ] }""", "symbols[0].days[0]: give either bars or ticks")]
    public void Parse_Invalid_NamesTheJsonPath(string json, string message)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "symbols": [ { "code": "900010", "price": 1000 } ] }""", "symbols[0]: code 900010 is not in the universe, so name and market are required.")]
    [InlineData("""{ "symbols": [ { "code": "900010", "name": "x", "market": "KOSPI", "price": 1000, "days": [ { "date": "2026-11-22", "openingAuction": { "price": 1000, "volume": 1 } } ] } ] }""", "symbols[0].days[0].date 2026-11-22 is not a trading day")]
    [InlineData("""{ "symbols": [ { "code": "900010", "name": "x", "market": "KOSPI", "price": 1000, "days": [ { "date": "2026-11-23", "openingAuction": { "price": 10001, "volume": 1 } } ] } ] }""", "symbols[0].days[0]: price 10001 is not on the tick grid (tick 10)")]
    [InlineData("""{ "symbols": [ { "code": "900010", "name": "x", "market": "KOSPI", "price": 1000, "days": [ { "date": "2026-11-23", "ticks": [ { "time": "15:25:00", "price": 1000, "volume": 1, "side": "buy" } ] } ] } ] }""", "symbols[0].days[0].ticks[0].time 15:25:00 is outside the continuous session")]
    [InlineData("""{ "symbols": [ { "code": "900010", "name": "x", "market": "KOSPI", "price": 1000, "days": [ { "date": "2026-11-23", "openingAuction": { "price": 1000, "volume": 1 }, "afterHours": [ { "time": "16:10", "price": 1200, "volume": 1 } ] } ] } ] }""", "symbols[0].days[0].afterHours[0].price 1200 is outside ±10% of the close 1000")]
    public void Load_InconsistentWithTheMarket_NamesTheJsonPath(string json, string message)
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 60, KosdaqListings = 60 });
        var ex = Assert.Throws<ScenarioException>(() => market.LoadJson(json));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, market.Generation);
    }
}
