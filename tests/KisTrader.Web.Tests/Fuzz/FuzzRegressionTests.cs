using System.Net;
using System.Net.Http.Json;
using System.Text;
using KisTrader.Web.Tests.Infrastructure;
using KisTrader.Web.Tests.WhatIf;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>The faults the fuzz found, each pinned by itself.</summary>
[Collection(WebCollection.Name)]
public sealed class FuzzRegressionTests(WebClusterFixture fixture)
{
    /// <summary>A charset no encoding has made the JSON reader throw: 500 on every endpoint with a body.</summary>
    [Theory]
    [InlineData("/api/screening/evaluate")]
    [InlineData("/api/keys")]
    [InlineData("/api/control/clock/speed")]
    public async Task JsonBody_UnknownCharset_415Problem(string path)
    {
        using var client = fixture.Client();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");
        using var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    /// <summary>An OpenAPI document name that does not exist answered 404 in plain text.</summary>
    [Fact]
    public async Task OpenApi_UnknownDocument_404Problem()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync("/openapi/v2.json", TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        using var known = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    /// <summary>A price of a fraction of a won (1e-28) overflowed the what-if's ratios: 500.</summary>
    [Theory]
    [InlineData("prevClose")]
    [InlineData("price1400")]
    [InlineData("vwap")]
    public async Task WhatIf_PriceBelowOneWon_400KeyedByTheField(string field)
    {
        var stock = WhatIfTestData.AtBase("000001");
        stock[field] = 0.0000000000000000000000000001m;
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/screening/evaluate", WhatIfTestData.Request([stock]), TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at least 1 won", Errors(problem, $"stocks[0].{field}"), StringComparison.Ordinal);
    }
}
