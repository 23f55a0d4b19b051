using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Apis;

/// <summary>The grain-backed endpoints on the cluster (clock at Monday 2026-11-23 10:00 KST, before the screen).</summary>
[Collection(WebCollection.Name)]
public sealed class ClusterApiTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Session_TradingDayBeforeTheScreen_StatusScheduledAndNoScreen()
    {
        using var client = fixture.Client();
        var status = await client.GetFromJsonAsync<JsonElement>("/api/sessions/2026-11-23", Ct);
        Assert.Equal("2026-11-23", status.GetProperty("tradingDate").GetString());
        Assert.Equal("Scheduled", status.GetProperty("phase").GetString());
        Assert.Equal("2026-11-20", status.GetProperty("previousTradingDate").GetString()); // the Friday before (the dashboard's exit-day label)
        using var screen = await client.GetAsync("/api/sessions/2026-11-23/screen", Ct);
        await AssertProblemAsync(screen, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2026-11-22", HttpStatusCode.NotFound)]
    [InlineData("23-11-2026", HttpStatusCode.BadRequest)]
    [InlineData("2026-02-30", HttpStatusCode.BadRequest)]
    public async Task Session_NotATradingDate_Problem(string date, HttpStatusCode status)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync($"/api/sessions/{date}", Ct);
        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task RunScreening_BeforeTheClose_409WithTheSessionsReason()
    {
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/sessions/2026-11-23/screening", new { reason = "test" }, Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task RunScreening_NoReason_400()
    {
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/sessions/2026-11-23/screening", new { reason = "" }, Ct);
        Assert.Contains("required", Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), "reason"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345", HttpStatusCode.BadRequest)]
    [InlineData("ABCDEF", HttpStatusCode.BadRequest)]
    [InlineData("999999", HttpStatusCode.NotFound)]
    public async Task Symbol_BadOrUnknownCode_Problem(string code, HttpStatusCode status)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync($"/api/symbols/{code}", Ct);
        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task SystemStatus_ClientMode_ShowsClockSilosAndBudget()
    {
        using var client = fixture.Client();
        var status = await client.GetFromJsonAsync<JsonElement>("/api/system/status", Ct);
        Assert.Equal("Client", status.GetProperty("mode").GetString());
        Assert.True(status.GetProperty("clock").GetProperty("simulated").GetBoolean());
        Assert.Single(status.GetProperty("silos").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("marketData").ValueKind);
        Assert.Equal(JsonValueKind.Object, status.GetProperty("rateBudget").ValueKind);
    }

    [Fact]
    public async Task Clock_PauseSpeedJumpResume_ChangesTheSharedSimulatedClock()
    {
        using var client = fixture.Client();
        using (var paused = await client.PostAsync("/api/control/clock/pause", null, Ct))
        {
            var state = await paused.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(state.GetProperty("paused").GetBoolean(), state.ToString());
            Assert.True(fixture.Simulation.Clock.IsPaused);
        }

        var now = fixture.Simulation.Clock.GetUtcNow();
        using (var jumped = await client.PostAsJsonAsync("/api/control/clock/jump", new { to = now.AddMinutes(1) }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, jumped.StatusCode);
            Assert.Equal(now.AddMinutes(1), fixture.Simulation.Clock.GetUtcNow());
        }

        using (var back = await client.PostAsJsonAsync("/api/control/clock/jump", new { to = now }, Ct))
        {
            await AssertProblemAsync(back, HttpStatusCode.Conflict);
        }

        using (var tooFast = await client.PostAsJsonAsync("/api/control/clock/speed", new { speed = 5000 }, Ct))
        {
            Assert.Contains("1 to 1000", Errors(await AssertProblemAsync(tooFast, HttpStatusCode.BadRequest), "speed"), StringComparison.Ordinal);
        }

        using (var speed = await client.PostAsJsonAsync("/api/control/clock/speed", new { speed = 2 }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, speed.StatusCode);
            Assert.Equal(2m, fixture.Simulation.Clock.Speed);
        }

        using var resumed = await client.PostAsync("/api/control/clock/resume", null, Ct);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.False(fixture.Simulation.Clock.IsPaused);
    }
}
