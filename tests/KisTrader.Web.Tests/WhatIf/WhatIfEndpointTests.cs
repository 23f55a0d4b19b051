using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.WhatIf.WhatIfTestData;

namespace KisTrader.Web.Tests.WhatIf;

[Collection(WebCollection.Name)]
public sealed class WhatIfEndpointTests(WebClusterFixture fixture)
{
    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static string[] Levels(JsonElement result) => [.. result.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("level").GetString()!)];

    [Fact]
    public async Task Evaluate_C4OnRoundingMidpoint_ScoresOneHundredthAndRelaxesToRelax3()
    {
        // One passer: 1 < 3 at every level, so relax 1, 2, 3 are tried and relax 3 is kept (strategy.md §4). Only C4 is
        // above base: 15 × 0.03 ÷ 90 = 0.005 exactly, which rounds half away from zero to 0.01.
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate", Request([AtBase("000001", 110.03m)]), TestContext.Current.CancellationToken);
        var result = await OkAsync(response);

        Assert.Equal("Relax3", result.GetProperty("level").GetString());
        Assert.Equal(["Base", "Relax1", "Relax2", "Relax3"], Levels(result));
        Assert.All(result.GetProperty("attempts").EnumerateArray(), a => Assert.Equal(1, a.GetProperty("passed").GetInt32()));
        var candidate = Assert.Single(result.GetProperty("candidates").EnumerateArray());
        Assert.Equal("0.01", candidate.GetProperty("score").GetRawText());
        Assert.Equal(1, candidate.GetProperty("rank").GetInt32());
        Assert.Equal("Base", candidate.GetProperty("strictestLevel").GetString());
        Assert.Equal(110.03m, candidate.GetProperty("values").GetProperty("executionStrength").GetDecimal());
        Assert.Equal(2.0m, candidate.GetProperty("values").GetProperty("volumeMultiple").GetDecimal());
        Assert.Equal(0.015m, candidate.GetProperty("values").GetProperty("relativeReturn").GetDecimal());
        Assert.Equal(1.02m, candidate.GetProperty("values").GetProperty("closeToVwap").GetDecimal());
        Assert.Equal(0m, candidate.GetProperty("subScores").GetProperty("volumeMultiple").GetDecimal());
        Assert.Equal(["000001"], result.GetProperty("selected").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(result.GetProperty("excluded").EnumerateArray());
    }

    [Fact]
    public async Task Evaluate_TwentyAtBaseNoneAtTighten1_UndoesTheTighteningAndCutsTo19()
    {
        // 20 ≥ 20 at base → tighten 1, where none passes (< 3) → base is kept, cut to its top 19. All score 0.00, so
        // the rank follows trading value (descending): the stock with the smallest value is the one cut.
        var stocks = Enumerable.Range(1, 20).Select(i => AtBase(Code(i), tradingValue: 31_350_000_000 + (i * 1_000_000L)));
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate", Request(stocks), TestContext.Current.CancellationToken);
        var result = await OkAsync(response);

        Assert.Equal("Base", result.GetProperty("level").GetString());
        Assert.Equal(["Base", "Tighten1"], Levels(result));
        var attempts = result.GetProperty("attempts").EnumerateArray().ToArray();
        Assert.Equal((20, "AboveTarget", true), (attempts[0].GetProperty("passed").GetInt32(), attempts[0].GetProperty("verdict").GetString(), attempts[0].GetProperty("kept").GetBoolean()));
        Assert.Equal((0, false), (attempts[1].GetProperty("passed").GetInt32(), attempts[1].GetProperty("kept").GetBoolean()));
        var candidates = result.GetProperty("candidates").EnumerateArray().ToArray();
        Assert.Equal(19, candidates.Length);
        Assert.Equal("000020", candidates[0].GetProperty("code").GetString());
        Assert.Equal("0.00", candidates[0].GetProperty("score").GetRawText());
        var cut = Assert.Single(result.GetProperty("excluded").EnumerateArray());
        Assert.Equal(("000001", "Cap"), (cut.GetProperty("code").GetString(), cut.GetProperty("stage").GetString()));
        Assert.Equal(5, result.GetProperty("selected").GetArrayLength());
        Assert.Equal(5, result.GetProperty("backups").GetArrayLength());
    }

    [Fact]
    public async Task Evaluate_NoneAtBaseTwentyAtRelax1_KeepsTheOvershootingRelax1CutTo19()
    {
        // C4 = 108 fails base (110) and passes relax 1 (105): 0 at base → relax 1 with 20 (> 19) is kept and cut to 19.
        var stocks = Enumerable.Range(1, 20).Select(i => AtBase(Code(i), strength: 108m, tradingValue: 31_350_000_000 + (i * 1_000_000L)));
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate", Request(stocks), TestContext.Current.CancellationToken);
        var result = await OkAsync(response);

        Assert.Equal("Relax1", result.GetProperty("level").GetString());
        Assert.Equal(["Base", "Relax1"], Levels(result));
        Assert.Equal([0, 20], result.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("passed").GetInt32()));
        Assert.Equal(19, result.GetProperty("candidates").GetArrayLength());
        Assert.All(result.GetProperty("candidates").EnumerateArray(), c => Assert.Equal("Relax1", c.GetProperty("strictestLevel").GetString()));
        Assert.Equal("Cap", Assert.Single(result.GetProperty("excluded").EnumerateArray()).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Evaluate_SpacAndFailingStock_ExcludedWithReasons()
    {
        var spac = AtBase("000002");
        spac["kind"] = "Spac";
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate",
            Request([AtBase("000001", 120m), spac, AtBase("000003", 90m)]), TestContext.Current.CancellationToken);
        var result = await OkAsync(response);

        var excluded = result.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => (e.GetProperty("stage").GetString(), e.GetProperty("reason").GetString()!));
        Assert.Equal("Universe", excluded["000002"].Item1);
        Assert.Contains("SPAC", excluded["000002"].Item2, StringComparison.Ordinal);
        Assert.Equal("Conditions", excluded["000003"].Item1);
        Assert.StartsWith("C4 execution strength 90 is below", excluded["000003"].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_OptionsOverride_AppliesPartialStrategy()
    {
        // With C4's base lowered to 100 (and the tighter levels kept above it), a C4 of 105 passes at base.
        var options = new { conditions = new { executionStrength = new { @base = 100, relax1 = 99, relax2 = 98, relax3 = 97 } } };
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate", Request([AtBase("000001", 105m)], options), TestContext.Current.CancellationToken);
        var result = await OkAsync(response);

        Assert.Equal("Base", Assert.Single(result.GetProperty("candidates").EnumerateArray()).GetProperty("strictestLevel").GetString());
    }
}
