using System.Net;
using System.Text;
using KisTrader.Web.Tests.Infrastructure;
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
}
