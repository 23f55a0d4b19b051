using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The simulator's scripted market for one position scenario (a scenario file): listing <see cref="PositionScenario.Code"/>,
/// Day 1 (Thu 2026-12-03) closing at 9,800 with its after-hours single-price matches, and Day 2 (Fri 2026-12-04) opening at
/// <see cref="Open"/> with the prints <see cref="Prints"/> and a closing auction at <see cref="Close"/>. Day 2's closing
/// auction is 10,000,000 shares, so the book the simulator derives from the day's volume holds thousands of shares at every
/// level: a marketable sell of 100 fills in full at the best bid, one fill.
/// </summary>
/// <param name="Open">Day 2's opening auction price.</param>
/// <param name="Close">Day 2's closing auction price (15:30).</param>
/// <param name="Prints">Day 2's prints: time (HH:mm:ss), price, side ("sell": the book's best bid is the price after it; "buy": one tick below), volume.</param>
public sealed record PositionMarket(decimal Open, decimal Close, params (string Time, decimal Price, string Side, long Volume)[] Prints)
{
    /// <summary>Day 1's after-hours matches (time, price, volume): default one at 16:30, 10,000 × 1,000 (the entry fills in one).</summary>
    public (string Time, decimal Price, long Volume)[] AfterHours { get; init; } = [("16:30", 10_000m, 1_000)];

    /// <summary>Writes the scenario file and returns its path.</summary>
    public string Write()
    {
        var day2 = new JsonObject
        {
            ["date"] = "2026-12-04",
            ["openingAuction"] = Auction(Open, 5_000),
            ["ticks"] = new JsonArray([.. Prints.Select(p => (JsonNode)new JsonObject { ["time"] = p.Time, ["price"] = p.Price, ["volume"] = p.Volume, ["side"] = p.Side })]),
            ["closingAuction"] = Auction(Close, 10_000_000),
        };
        var day1 = new JsonObject
        {
            ["date"] = "2026-12-03",
            ["openingAuction"] = Auction(9_750m, 5_000),
            ["ticks"] = new JsonArray(new JsonObject { ["time"] = "10:00:00", ["price"] = 9_760m, ["volume"] = 100, ["side"] = "buy" }),
            ["closingAuction"] = Auction(9_800m, 40_000),
            ["afterHours"] = new JsonArray([.. AfterHours.Select(a => (JsonNode)new JsonObject { ["time"] = a.Time, ["price"] = a.Price, ["volume"] = a.Volume })]),
        };
        var symbol = new JsonObject
        {
            ["code"] = PositionScenario.Code,
            ["name"] = "포지션시험",
            ["market"] = "KOSDAQ",
            ["kind"] = "stock",
            ["listedShares"] = 20_000_000,
            ["price"] = 9_700,
            ["daily"] = new JsonArray(new JsonObject { ["date"] = "2026-12-02", ["open"] = 9_700, ["high"] = 9_800, ["low"] = 9_650, ["close"] = 9_750, ["volume"] = 500_000 }),
            ["days"] = new JsonArray(day1, day2),
        };
        var scenario = new JsonObject { ["name"] = "position scenario", ["symbols"] = new JsonArray(symbol) };
        var path = Path.Combine(Path.GetTempPath(), $"position-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, scenario.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static JsonObject Auction(decimal price, long volume) => new() { ["price"] = price, ["volume"] = volume };

    public override string ToString() => string.Join(", ", Prints.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Time} {p.Price} {p.Side} {p.Volume}")));
}
