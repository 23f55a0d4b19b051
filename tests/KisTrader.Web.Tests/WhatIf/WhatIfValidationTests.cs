using System.Net;
using System.Net.Http.Json;
using System.Text;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;
using static KisTrader.Web.Tests.WhatIf.WhatIfTestData;

namespace KisTrader.Web.Tests.WhatIf;

[Collection(WebCollection.Name)]
public sealed class WhatIfValidationTests(WebClusterFixture fixture)
{
    private async Task<HttpResponseMessage> PostRawAsync(string json)
    {
        using var client = fixture.Client();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync("/api/screening/evaluate", content, TestContext.Current.CancellationToken);
    }

    private async Task<HttpResponseMessage> PostAsync(object request)
    {
        using var client = fixture.Client();
        return await client.PostAsJsonAsync("/api/screening/evaluate", request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Evaluate_NoStocks_400NamesStocks()
    {
        using var response = await PostRawAsync("""{"indexReturns":{"KOSPI":0.01}}""");
        Assert.Contains("required", Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), "stocks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BadFields_400NamesEachField()
    {
        var stock = AtBase("12345");
        stock["market"] = "NASDAQ";
        stock["lateVolume"] = 3_000_000L;
        stock["close"] = -1m;
        stock["kind"] = "Warrant";
        using var response = await PostAsync(Request([stock, AtBase("000001"), AtBase("000001")]));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("6-digit", Errors(problem, "stocks[0].code"), StringComparison.Ordinal);
        Assert.Contains("KOSPI or KOSDAQ", Errors(problem, "stocks[0].market"), StringComparison.Ordinal);
        Assert.Contains("must not exceed volume", Errors(problem, "stocks[0].lateVolume"), StringComparison.Ordinal);
        Assert.Contains("greater than 0", Errors(problem, "stocks[0].close"), StringComparison.Ordinal);
        Assert.Contains("Common, Preferred", Errors(problem, "stocks[0].kind"), StringComparison.Ordinal);
        Assert.Contains("more than once", Errors(problem, "stocks[2].code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingIndexReturnOfAMarket_400()
    {
        var request = new Dictionary<string, object?> { ["indexReturns"] = new Dictionary<string, decimal> { ["KOSDAQ"] = 0m }, ["stocks"] = new[] { AtBase("000001") } };
        using var response = await PostAsync(request);
        Assert.Contains("KOSPI", Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), "indexReturns"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"stocks":[{"code":"000001","volume":1.5}]}""", "stocks[0].volume")]
    [InlineData("""{"stocks":[{"code":"000001","colse":10}]}""", "stocks[0].colse")]
    [InlineData("""{"stocks":[{"code":"000001","close":"10"}]}""", "stocks[0].close")]
    [InlineData("""{"stocks":[""", "stocks[0]")]
    [InlineData("""{"stocks":[}""", "stocks[0]")]
    public async Task Evaluate_MalformedOrMistypedJson_400AtThePath(string json, string key)
    {
        using var response = await PostRawAsync(json);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Errors(problem, key));
    }

    [Fact]
    public async Task Evaluate_InvalidOptionOverride_400NamesTheSetting()
    {
        var options = new { conditions = new { executionStrength = new { @base = 300 } }, universe = new { minClosee = 5 } };
        using var response = await PostAsync(Request([AtBase("000001")], options));
        var errors = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), "options");
        Assert.Contains("MinClosee", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Evaluate_OptionOverrideBreakingARule_400()
    {
        var options = new { conditions = new { executionStrength = new { @base = 300 } } };
        using var response = await PostAsync(Request([AtBase("000001")], options));
        Assert.Contains("ExecutionStrength", Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), "options"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NotJson_415()
    {
        using var client = fixture.Client();
        using var content = new StringContent("stocks", Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync("/api/screening/evaluate", content, TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Evaluate_BodyOverTheLimit_413()
    {
        var json = """{"stocks":[""" + string.Join(",", Enumerable.Repeat("""{"code":"000001","name":"0123456789012345678901234567890123456789"}""", 2000)) + "]}";
        Assert.True(json.Length > WebClusterFixture.MaxBody);
        using var response = await PostRawAsync(json);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
