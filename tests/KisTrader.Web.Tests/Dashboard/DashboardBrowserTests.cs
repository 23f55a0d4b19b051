using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KisTrader.Web.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Debian chromium through Playwright (its executable path; nothing downloaded): log in with
/// the admin key, move the simulated clock to the close with the page's own control, see the candidates of the
/// screened session appear and the screen's alert arrive live over SignalR; then speed the clock up (the page's control)
/// through the after-hours session and the exit day: the board fills, a buy's fill arrives live (the fills alert, the
/// trades table), a position opens with its price chart and closes. On the exit day, before its own screen, the
/// candidates table shows the previous session's selection labelled as being exited today (the clock is paused there to
/// look), then today's screen once it exists; the kill switch tracks exactly the positions entering or held.
/// Screenshots go to docs/screenshots/.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardBrowserTests(DashboardFixture fixture)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly float Wait = (float)TimeSpan.FromMinutes(4).TotalMilliseconds;
    private static readonly float CycleWait = (float)TimeSpan.FromMinutes(15).TotalMilliseconds;

    [Fact]
    public async Task Dashboard_LoginScreenAlertFillAndClose_ShownLive()
    {
        Assert.True(File.Exists(Chromium), $"the browser test needs Debian's chromium at {Chromium} (apt-get install chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 1200 }, Locale = "ko-KR", TimezoneId = "Asia/Seoul" });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(fixture.Address.ToString());
        await Assertions.Expect(page.Locator("#login-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#dashboard")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-login.png") });

        await page.FillAsync("#api-key", "wrong-key-0123456789");
        await page.ClickAsync("#login-button");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("키가 맞지 않거나");
        errors.Clear(); // the refused key's 401 is reported by the browser

        await page.FillAsync("#api-key", WebClusterFixture.AdminKey);
        await page.ClickAsync("#login-button");
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("연결됨", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#clock")).ToContainTextAsync("2026-11-24", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#login-panel")).ToBeHiddenAsync();

        // The page's clock control moves the shared simulated clock to the close: the scheduled screen runs.
        await page.FillAsync("#clock-jump", "2026-11-24T15:30:00+09:00");
        await page.ClickAsync("#clock-jump-apply");
        await Assertions.Expect(page.Locator("#clock-result")).ToHaveTextAsync("적용됨", new() { Timeout = Wait });

        // The screen holds the simulated clock while it runs: on a loaded machine (a full parallel run) it can take minutes.
        var screenAlert = page.Locator("#alerts li", new() { HasTextString = "스크리닝 완료" });
        await Assertions.Expect(screenAlert.First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        var rows = page.Locator("#candidates tbody tr[data-code]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#level-trail span.kept")).ToHaveCountAsync(1);
        Assert.Matches(@"^\d{6} ", await rows.First.Locator("td.text").InnerTextAsync());
        Assert.Equal(14, await rows.First.Locator("td").CountAsync());
        await Assertions.Expect(page.Locator("#candidates")).ToHaveAttributeAsync("data-date", "2026-11-24");
        await Assertions.Expect(page.Locator("#candidates-note")).ToBeHiddenAsync();

        await rows.First.ClickAsync();
        await Assertions.Expect(page.Locator("#chart canvas").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard.png"), FullPage = true });

        // The after-hours session and the exit day at 600× (the night is skipped by the idle fast-forward).
        // A trader key of its own (its own request budget) pauses the clock as soon as it reaches the exit day.
        using var pauser = fixture.Client(await fixture.NewKeyAsync("Trader", fixture.Served), fixture.Served);
        await page.FillAsync("#clock-speed", "600");
        await page.ClickAsync("#clock-speed-apply");
        var pausedOnExitDay = PauseOnAsync(pauser, "2026-11-25");
        await Assertions.Expect(page.Locator("#clock")).ToContainTextAsync("×600", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#ah-board tbody tr[data-code]").First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#ah-board tbody tr[data-code] td.text").Nth(1)).Not.ToHaveTextAsync("-", new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#alerts li:has(.cat.fills)").First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        // The cycle's order events read in Korean in the feed (Wording/: "주문 … 매수 …"), no event by its type name.
        await Assertions.Expect(page.Locator("#alerts li:has(.cat.orders)", new() { HasTextString = "매수" }).First).ToBeVisibleAsync(new() { Timeout = Wait });
        var feed = await page.Locator("#alerts").InnerTextAsync();
        Assert.All(typeof(TradingEventPayload).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TradingEventPayload))),
            t => Assert.DoesNotContain(t.Name, feed, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#trades tbody tr[data-order]").First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#positions tbody tr[data-key]").First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#position-charts figure canvas").First).ToBeAttachedAsync(new() { Timeout = Wait });
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-fill.png"), FullPage = true });

        // The exit day before its 15:30 screen: the previous session's selection, labelled (not "today's candidates").
        var pausedAt = await pausedOnExitDay;
        Assert.True(string.CompareOrdinal(pausedAt[11..], "15:30") < 0, $"paused at {pausedAt}: before the exit day's screen");
        await Assertions.Expect(page.Locator("#clock")).ToContainTextAsync("일시정지", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#session-date")).ToHaveTextAsync("2026-11-25", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#candidates")).ToHaveAttributeAsync("data-date", "2026-11-24", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#candidates-note")).ToContainTextAsync("전 거래일(2026-11-24)에 선정된 종목입니다: 오늘(2026-11-25) 청산 대상", new() { Timeout = Wait });
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-exit-day.png"), FullPage = true });
        await page.ClickAsync("#clock-resume");
        await Assertions.Expect(page.Locator("#clock")).Not.ToContainTextAsync("일시정지", new() { Timeout = Wait });

        await Assertions.Expect(page.Locator("#positions tbody tr[data-status=Closed]").First).ToBeVisibleAsync(new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#trades tbody tr td", new() { HasTextString = "청산" }).First).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#kill-state")).ToContainTextAsync("정상 거래", new() { Timeout = Wait });
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-closed.png"), FullPage = true });

        // Today's screen once it exists: the label goes.
        await Assertions.Expect(page.Locator("#candidates")).ToHaveAttributeAsync("data-date", "2026-11-25", new() { Timeout = CycleWait });
        await Assertions.Expect(page.Locator("#candidates-note")).ToBeHiddenAsync();
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = Wait });

        // Stopped: the kill switch tracks exactly the positions whose buy works or which hold shares (none that closed
        // or whose buy ended unfilled), and the page shows that count.
        using (var pause = await pauser.PostAsync("/api/control/clock/pause", null, TestContext.Current.CancellationToken))
        {
            pause.EnsureSuccessStatusCode();
        }

        var tracked = await TrackedMatchesPositionsAsync(pauser);
        await Assertions.Expect(page.Locator("#kill-state")).ToHaveAttributeAsync("data-open", tracked.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = Wait });
        Assert.Empty(errors);
        await CycleOverRestAsync();
    }

    /// <summary>Polls the clock (every 300 ms: within the key's request limit) and pauses it on <paramref name="date"/>; returns the KST instant read.</summary>
    private static async Task<string> PauseOnAsync(HttpClient client, string date)
    {
        var ct = TestContext.Current.CancellationToken;
        for (;;)
        {
            var kst = (await client.GetFromJsonAsync<JsonElement>("/api/control/clock", ct)).GetProperty("kst").GetString()!;
            if (kst.StartsWith(date, StringComparison.Ordinal))
            {
                using var pause = await client.PostAsync("/api/control/clock/pause", null, ct);
                pause.EnsureSuccessStatusCode();
                return kst;
            }

            await Task.Delay(300, ct);
        }
    }

    /// <summary>
    /// Waits until the risk grain's tracked positions are exactly those of the two sessions (and any other it tracks) that
    /// are entering or open; returns how many.
    /// </summary>
    private static async Task<int> TrackedMatchesPositionsAsync(HttpClient client)
    {
        var ct = TestContext.Current.CancellationToken;
        string[] tracked = [];
        string[] live = [];
        string[] ended = [];
        await KisTrader.Testing.Eventually.TrueAsync(async () =>
        {
            tracked = [.. (await client.GetFromJsonAsync<JsonElement>("/api/control/kill-switch", ct)).GetProperty("openPositions").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal)];
            var rows = (await client.GetFromJsonAsync<JsonElement>("/api/portfolio/positions?date=2026-11-24", ct)).EnumerateArray()
                .Concat((await client.GetFromJsonAsync<JsonElement>("/api/portfolio/positions?date=2026-11-25", ct)).EnumerateArray()).ToArray();
            live = [.. rows.Where(p => p.GetProperty("status").GetString() is "Entering" or "Open").Select(p => p.GetProperty("key").GetString()!).Distinct().Order(StringComparer.Ordinal)];
            ended = [.. rows.Where(p => p.GetProperty("status").GetString() is "Closed" or "Abandoned").Select(p => p.GetProperty("key").GetString()!).Distinct()];
            return tracked.SequenceEqual(live, StringComparer.Ordinal);
        }, () => $"tracked [{string.Join(", ", tracked)}] = entering or open [{string.Join(", ", live)}]; ended [{string.Join(", ", ended)}]", TimeSpan.FromSeconds(60));
        Assert.NotEmpty(ended);
        return tracked.Length;
    }

    /// <summary>The same cycle over REST: the allocation, the board, the closed positions and their fills agree.</summary>
    private async Task CycleOverRestAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Client(factory: fixture.Served);
        var allocation = await client.GetFromJsonAsync<JsonElement>("/api/portfolio/allocation?date=2026-11-24", ct);
        var selected = allocation.GetProperty("symbols").EnumerateArray().Where(r => r.GetProperty("role").GetString() == "Selected").ToArray();
        Assert.Equal(5, selected.Length);
        Assert.Equal(allocation.GetProperty("allocated").GetDecimal(), selected.Sum(r => r.GetProperty("allocation").GetDecimal()));
        Assert.Equal(10_000_000m, allocation.GetProperty("budget").GetDecimal());

        var board = await client.GetFromJsonAsync<JsonElement>("/api/monitoring/after-hours/2026-11-24", ct);
        var bought = board.GetProperty("symbols").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "Bought").ToArray();
        Assert.NotEmpty(bought);
        Assert.All(bought, r => Assert.Contains(r.GetProperty("results").EnumerateArray(), c => c.GetProperty("action").GetString() == "Buy"));
        Assert.Equal(allocation.GetProperty("committed").GetDecimal(), board.GetProperty("committed").GetDecimal());

        var positions = await client.GetFromJsonAsync<JsonElement>("/api/portfolio/positions?date=2026-11-24", ct);
        var closed = positions.EnumerateArray().Where(p => p.GetProperty("status").GetString() == "Closed").ToArray();
        Assert.NotEmpty(closed);
        foreach (var position in closed)
        {
            var code = position.GetProperty("symbol").GetString();
            Assert.Equal(0, position.GetProperty("quantity").GetInt64());
            // The position's orders are <key>/B1, <key>/S1 …: the sells are sent (and dated) on the exit day.
            var key = position.GetProperty("key").GetString() + "/";
            var fills = (await client.GetFromJsonAsync<JsonElement>($"/api/trades?symbol={code}&pageSize=500", ct)).GetProperty("items").EnumerateArray()
                .Where(f => f.GetProperty("clientOrderId").GetString()!.StartsWith(key, StringComparison.Ordinal)).ToArray();
            long Shares(string side) => fills.Where(f => f.GetProperty("side").GetString() == side).Sum(f => f.GetProperty("quantity").GetInt64());
            Assert.True(Shares("Buy") > 0, $"{code}: no buy fill");
            Assert.Equal(Shares("Buy"), Shares("Sell"));
        }
    }

    private static string Screenshot(string name) => DashboardScreenshots.Path(name);
}
