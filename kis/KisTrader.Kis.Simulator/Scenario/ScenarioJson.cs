using System.Text.Json;

namespace KisTrader.Kis.Simulator.Scenario;

// Wire shape of a scenario file (camelCase JSON). Dates "yyyy-MM-dd", times "HH:mm" or "HH:mm:ss"; enums as strings.
// Converted and validated into SimScenario by ScenarioLoader.
#pragma warning disable CA1812 // instantiated by System.Text.Json

internal sealed class ScenarioFileJson
{
    public string? Name { get; set; }

    public int? Seed { get; set; }

    public bool ReplaceUniverse { get; set; }

    public string? HistoryStart { get; set; }

    public CalendarJson? Calendar { get; set; }

    public List<SymbolJson>? Symbols { get; set; }

    public List<JsonElement>? Faults { get; set; }
}

internal sealed class CalendarJson
{
    public bool UseBuiltIn { get; set; } = true;

    public List<HolidayJson>? Holidays { get; set; }

    public List<string>? TradingDays { get; set; }

    public List<SpecialJson>? Special { get; set; }
}

internal sealed class HolidayJson
{
    public string? Date { get; set; }

    public string? Note { get; set; }
}

internal sealed class SpecialJson
{
    public string? Date { get; set; }

    public string? Open { get; set; }

    public string? Close { get; set; }

    public string? Note { get; set; }
}

internal sealed class SymbolJson
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Market { get; set; }

    public string? Kind { get; set; }

    public string? Sector { get; set; }

    public long? ListedShares { get; set; }

    public int? FaceValue { get; set; }

    public bool? Halted { get; set; }

    public bool? Administrative { get; set; }

    public string? Warning { get; set; }

    public int? Price { get; set; }

    public double? Volatility { get; set; }

    public double? DailyVolume { get; set; }

    public List<DailyJson>? Daily { get; set; }

    public List<DayJson>? Days { get; set; }
}

internal sealed class DailyJson
{
    public string? Date { get; set; }

    public int Open { get; set; }

    public int High { get; set; }

    public int Low { get; set; }

    public int Close { get; set; }

    public long Volume { get; set; }

    public int ClosingPriceVolume { get; set; }
}

internal sealed class DayJson
{
    public string? Date { get; set; }

    public AuctionJson? OpeningAuction { get; set; }

    public List<BarJson>? Bars { get; set; }

    public List<TickJson>? Ticks { get; set; }

    public AuctionJson? ClosingAuction { get; set; }

    public int ClosingPriceVolume { get; set; }

    public List<AfterHoursJson>? AfterHours { get; set; }
}

internal sealed class AuctionJson
{
    public int Price { get; set; }

    public long Volume { get; set; }
}

internal sealed class BarJson
{
    public string? Time { get; set; }

    public int Open { get; set; }

    public int High { get; set; }

    public int Low { get; set; }

    public int Close { get; set; }

    public int BuyVolume { get; set; }

    public int SellVolume { get; set; }
}

internal sealed class TickJson
{
    public string? Time { get; set; }

    public int Price { get; set; }

    public int Volume { get; set; }

    public string? Side { get; set; }
}

internal sealed class AfterHoursJson
{
    public string? Time { get; set; }

    public int Price { get; set; }

    public long Volume { get; set; }
}
#pragma warning restore CA1812
