using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Grains.Storage;
using KisTrader.Testing;
using KisTrader.Testing.PostgreSql;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Time;
using KisTrader.Web.Clock;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Web.Tests.Hosting;

/// <summary>
/// A client-mode front end with <c>KisTrader:Clock:Source=Simulator</c> follows a KIS simulator whose clock is on
/// another day than the wall clock (Tue 2026-11-24, paused): the status clock, the performance period's "today", the
/// allocation's default session day and the front end's <see cref="TimeProvider"/> are the simulator's, and move with a
/// jump made through the front end (at once) or on the simulator (at the next reading); API keys still verify and are
/// made on wall time. The simulator is its own (the cluster's shared clock is left alone).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FollowedClockTests(WebClusterFixture fixture)
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SimulatorSource_StatusPerformanceAndSessionDay_FollowTheSimulatorAndItsJumps()
    {
        var start = new DateTimeOffset(2026, 11, 24, 10, 0, 0, Kst);
        Assert.NotEqual(KrxTime.DateOf(TimeProvider.System.GetUtcNow()), KrxTime.DateOf(start));
        await using var sim = await TestSimulator.StartAsync(start);
        await using var db = await TestPostgres.CreateDatabaseAsync("web_followed_clock");
        await new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        var logs = new CapturingLogger();
        await using var configured = fixture.Create(s =>
        {
            s["KisTrader:Clock:Source"] = "Simulator";
            s["KisTrader:Clock:SyncIntervalMilliseconds"] = "50";
            s["KisTrader:Web:SimulatorUrl"] = sim.BaseUrl.ToString();
            s["ConnectionStrings:KisTrader"] = db.ConnectionString;
            s["Logging:LogLevel:KisTrader.Web.Hosting.StartupReport"] = "Information";
        });
        await using var factory = configured.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = fixture.Client(factory: factory);

        await AssertDayAsync(client, factory, "2026-11-24", "2026-11-24 10:00:00");
        var clock = (await client.GetFromJsonAsync<JsonElement>("/api/system/status", Ct)).GetProperty("clock");
        Assert.True(clock.GetProperty("simulated").GetBoolean() && clock.GetProperty("paused").GetBoolean() && clock.GetProperty("controllable").GetBoolean(), clock.ToString());
        await Eventually.TrueAsync(
            () => logs.Lines.Any(l => l.Contains("this front end follows the KIS simulator's clock at", StringComparison.Ordinal) && l.Contains("2026-11-24 10:00:00 KST", StringComparison.Ordinal)),
            () => "the start-up report's clock line: " + string.Join(" | ", logs.Lines.Where(l => l.Contains("Clock", StringComparison.Ordinal))));

        // A jump through the front end is forwarded to the simulator and followed before the answer.
        using (var jump = await client.PostAsJsonAsync("/api/control/clock/jump", new { to = new DateTimeOffset(2026, 11, 26, 9, 30, 0, Kst) }, Ct))
        {
            var answer = await jump.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(jump.StatusCode == HttpStatusCode.OK, answer.ToString());
            Assert.Equal("2026-11-26 09:30:00", answer.GetProperty("kst").GetString());
        }

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 30, 0, Kst), sim.SimClock!.GetUtcNow());
        await AssertDayAsync(client, factory, "2026-11-26", "2026-11-26 09:30:00");

        // A jump made on the simulator reaches the front end at its next reading.
        sim.SimClock.JumpTo(new DateTimeOffset(2026, 11, 27, 11, 0, 0, Kst));
        await Eventually.TrueAsync(
            () => KrxTime.DateOf(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()) == new DateOnly(2026, 11, 27),
            () => $"the front end's clock at {factory.Services.GetRequiredService<TimeProvider>().GetUtcNow():O}");
        await AssertDayAsync(client, factory, "2026-11-27", "2026-11-27 11:00:00");

        // Wall time: a key made now verifies, and the key's wall clock is the machine's.
        var viewer = await fixture.NewKeyAsync("viewer", factory);
        using var asViewer = factory.CreateClient();
        asViewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", viewer);
        using var status = await asViewer.GetAsync("/api/system/status", Ct);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var wall = WallClock.Of(factory.Services.GetRequiredService<TimeProvider>()).GetUtcNow();
        Assert.InRange(wall - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(-5), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("KisTrader:Clock:Source", "Sundial", "KisTrader:Clock:Source must be Wall or Simulator (value: 'Sundial')")]
    [InlineData("KisTrader:Clock:Speed", "60", "KisTrader:Clock:Speed is not a setting")]
    [InlineData("KisTrader:Clock:SyncIntervalMilliseconds", "5", "KisTrader:Clock:SyncIntervalMilliseconds must be between 20 and 10000")]
    [InlineData("KisTrader:Mode", "Paper", "KisTrader:Clock:Source is Simulator: only a Simulator-mode cluster follows")]
    public async Task ClockSetting_Invalid_StartFailsNamingTheKey(string key, string value, string expected)
    {
        await using var factory = fixture.Create(s =>
        {
            s["KisTrader:Clock:Source"] = "Simulator";
            s[key] = value;
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() => factory.CreateClient().Dispose(), Ct));

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Status clock (KST), the default performance period's end and the allocation's default day, and the front end's own clock.</summary>
    private static async Task AssertDayAsync(HttpClient client, WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> factory, string day, string kst)
    {
        var status = await client.GetFromJsonAsync<JsonElement>("/api/system/status", Ct);
        Assert.Equal(kst, status.GetProperty("clock").GetProperty("kst").GetString());
        var equity = await client.GetFromJsonAsync<JsonElement>("/api/performance/equity", Ct);
        Assert.Equal(day, equity.GetProperty("to").GetString());
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).AddDays(-92).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), equity.GetProperty("from").GetString());
        using var allocation = await client.GetAsync("/api/portfolio/allocation", Ct);
        var problem = await allocation.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(allocation.StatusCode == HttpStatusCode.NotFound, problem.ToString());
        Assert.Contains($"the session of {day} ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(day, KrxTime.DateOf(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
