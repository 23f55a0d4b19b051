using System.Globalization;
using System.Text.Json.Nodes;
using KisTrader.Grains.Tests.Scenario;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>
/// A five-listing simulator market (replaceUniverse) on 2026-11-23 for the truthful pre-quote reasons: liquid listings
/// closing at 999 and 501,000 KRW (outside the close filter), one at 999 whose exact cap is also below 1,000억, an
/// ordinary one and an illiquid one. Every listing has 20 flat history days at its previous close and a flat pinned day.
/// The clock is paused at 15:35 KST, as in <see cref="SimMarketFixture"/>.
/// </summary>
public sealed class PriceBandMarketFixture : SimMarketFixture
{
    private readonly string _directory = Directory.CreateTempSubdirectory("price-band-").FullName;

    /// <summary>(code, name, market, listed shares, previous close, close, volume).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Market, long Shares, int PreviousClose, int Close, int Volume)> Listings =
    [
        // 999 × 20,000,000 = 199.8억 traded; cap 999 × 200,000,000 = 1,998억 (inside): only the price is out.
        ("910100", "천원미만", "KOSDAQ", 200_000_000, 999, 999, 20_000_000),
        // 501,000 × 100,000 = 501억 traded; cap 5.01조 (inside): only the price is out.
        ("910110", "오십만원초과", "KOSPI", 10_000_000, 501_000, 501_000, 100_000),
        // Previous day 1,200 (cap 1,080억, reachable); closes 999: cap 899.1억 and price both out, the cap first.
        ("910120", "작은천원미만", "KOSDAQ", 90_000_000, 1_200, 999, 20_000_000),
        // 10,000 × 2,000,000 = 200억 traded, cap 2,000억: quoted.
        ("910130", "보통주식", "KOSPI", 20_000_000, 10_000, 10_000, 2_000_000),
        // 10,000 × 10,000 = 1억 traded: below the minimum trading value.
        ("910140", "한산주식", "KOSDAQ", 20_000_000, 10_000, 10_000, 10_000),
    ];

    protected override string AppKey => "PSprice-band-key-0001";

    protected override async Task ConfigureMarketAsync(IDictionary<string, string?> settings)
    {
        var symbols = new JsonArray();
        foreach (var l in Listings)
        {
            var daily = new JsonArray();
            foreach (var d in ScriptedScreenScenario.HistoryDays())
            {
                daily.Add(Row(d, l.PreviousClose, l.Volume));
            }

            daily.Add(Row(Day, l.Close, l.Volume));
            symbols.Add(new JsonObject
            {
                ["code"] = l.Code,
                ["name"] = l.Name,
                ["market"] = l.Market,
                ["kind"] = "stock",
                ["listedShares"] = l.Shares,
                ["price"] = l.PreviousClose,
                ["daily"] = daily,
            });
        }

        var root = new JsonObject { ["name"] = "price band 2026-11-23", ["seed"] = 42, ["replaceUniverse"] = true, ["symbols"] = symbols };
        var path = Path.Combine(_directory, "scenario.json");
        await File.WriteAllTextAsync(path, root.ToJsonString(), TestContext.Current.CancellationToken);
        settings["Market:ScenarioPath"] = path;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static JsonObject Row(DateOnly date, int price, int volume) => new()
    {
        ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["open"] = price,
        ["high"] = price,
        ["low"] = price,
        ["close"] = price,
        ["volume"] = volume,
    };
}
