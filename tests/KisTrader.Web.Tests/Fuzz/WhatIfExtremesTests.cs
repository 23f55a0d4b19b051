using System.Net.Http.Json;
using KisTrader.Web.Tests.WhatIf;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// The what-if screen is the one endpoint that computes on what it is sent: a valid request with one figure at an
/// extreme (decimal's limits, its smallest step, long's limit, zero, negative) either screens or is refused with 400
/// problem details — never an overflow answered 500. Sent to front end process 1 of <see cref="FuzzCluster"/> (the
/// front end runs the what-if itself), which stays healthy.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class WhatIfExtremesTests(FuzzCluster cluster)
{
    private static readonly object[] Extremes =
    [
        decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 9_223_372_036_854_775_807m, 0m, -1m,
        7_922_816_251_426_433_759_354_395_033.5m,
    ];

    [Fact]
    public async Task Evaluate_OneFigureAtAnExtreme_ScreensOrRefuses_Never5xx()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = cluster.Client(cluster.AdminKey);
        var figures = WhatIfTestData.AtBase("000001").Where(f => f.Value is decimal or long).Select(f => f.Key).ToList();
        var failures = new List<string>();
        var sent = 0;
        foreach (var figure in figures.Append("indexReturns.KOSPI"))
        {
            foreach (var extreme in Extremes)
            {
                var stocks = Enumerable.Range(1, 3).Select(i => WhatIfTestData.AtBase(WhatIfTestData.Code(i))).ToList();
                var request = WhatIfTestData.Request(stocks);
                if (figure == "indexReturns.KOSPI")
                {
                    request["indexReturns"] = new Dictionary<string, object> { ["KOSPI"] = extreme, ["KOSDAQ"] = 0m };
                }
                else
                {
                    stocks[1][figure] = stocks[1][figure] is long && extreme is decimal d && decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue ? (long)d : extreme;
                }

                using var response = await client.PostAsJsonAsync("/api/screening/evaluate", request, ct);
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500 || (status >= 300 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    var text = await response.Content.ReadAsStringAsync(ct);
                    failures.Add($"{figure} = {extreme}: {status} {text[..Math.Min(text.Length, 200)]}");
                }
            }
        }

        Console.WriteLine($"FUZZ what-if extremes: {sent} requests over {figures.Count + 1} figures");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await cluster.AssertHealthyAsync();
    }
}
