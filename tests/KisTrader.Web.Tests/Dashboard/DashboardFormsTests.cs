using System.Net.Http.Json;
using System.Text.Json;
using System.Globalization;
using KisTrader.Testing;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static KisTrader.Web.Tests.Dashboard.DashboardBrowser;

namespace KisTrader.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's portfolio configuration form (GET/PUT/DELETE /api/portfolio/config through the page) and its use of the
/// server's <c>move</c> alerts, in headless chromium on the dashboard cluster's served front end. Each test leaves the
/// configuration and the admin key's alert preferences as it found them.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardFormsTests(DashboardFixture fixture)
{
    private const string ConfigPath = "/api/portfolio/config";
    private const string Symbol = "900999";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfigForm_BadValuesThenChangeThenReset_ErrorsShownChangePersistedDefaultsBack()
    {
        await using var browser = await OpenAsync(fixture.Address, WebClusterFixture.AdminKey);
        var page = browser.Page;
        using var client = fixture.Client(factory: fixture.Served);
        try
        {
            // The current values and where they come from.
            await Assertions.Expect(page.Locator("#cfg-sessionBudget")).ToHaveValueAsync("10000000", new() { Timeout = Wait });
            await Assertions.Expect(page.Locator("#cfg-selectedCount")).ToHaveValueAsync("5");
            await Assertions.Expect(page.Locator("#cfg-backupCount")).ToHaveValueAsync("5");
            await Assertions.Expect(page.Locator("#cfg-allocationMode")).ToHaveValueAsync("Equal");
            await Assertions.Expect(page.Locator("#cfg-src-selectedCount")).ToHaveTextAsync("기본값");
            var before = await client.GetFromJsonAsync<JsonElement>(ConfigPath, Ct);

            // Checked in the page: a budget of 0 is refused before any request.
            await page.FillAsync("#cfg-sessionBudget", "0");
            await page.FillAsync("#cfg-reason", "브라우저 시험");
            await page.ClickAsync("#cfg-save");
            await Assertions.Expect(page.Locator("#config-panel .field-error[data-for=sessionBudget]")).ToContainTextAsync("1부터");
            await Assertions.Expect(page.Locator("#cfg-sessionBudget")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator("#cfg-result")).ToHaveTextAsync("입력값을 확인하세요.");

            // A change: saved with the key's name and the reason, shown as an override.
            await page.FillAsync("#cfg-sessionBudget", "8000000");
            await page.FillAsync("#cfg-selectedCount", "4");
            await page.SelectOptionAsync("#cfg-allocationMode", "ScoreWeighted");
            await page.FillAsync("#cfg-reason", "브라우저 시험: 4종목");
            await page.ClickAsync("#cfg-save");
            await Assertions.Expect(page.Locator("#cfg-result")).ToContainTextAsync("저장됨", new() { Timeout = Wait });
            await Assertions.Expect(page.Locator("#config-panel .field-error[data-for=sessionBudget]")).ToBeEmptyAsync();
            var saved = await client.GetFromJsonAsync<JsonElement>(ConfigPath, Ct);
            Assert.Equal((8_000_000m, 4, 5, "ScoreWeighted"), Values(saved));
            Assert.Equal(("override", "override", "default", "override"), Sources(saved));
            Assert.Equal(before.GetProperty("version").GetInt32() + 1, saved.GetProperty("version").GetInt32());
            var change = saved.GetProperty("history")[0];
            Assert.Equal(("api:admin", "브라우저 시험: 4종목"), (change.GetProperty("requestedBy").GetString(), change.GetProperty("reason").GetString()));
            await Assertions.Expect(page.Locator("#cfg-src-selectedCount")).ToContainTextAsync("재정의 (기본 5)");
            await Assertions.Expect(page.Locator("#cfg-src-backupCount")).ToHaveTextAsync("기본값");
            await Assertions.Expect(page.Locator("#cfg-history li").First).ToContainTextAsync("브라우저 시험: 4종목");

            // Checked by the server only: selected + backups above Adjustment:MaxCandidates (19). Its RFC 7807 field error
            // is shown under the field, and nothing changed.
            await page.FillAsync("#cfg-selectedCount", "15");
            await page.FillAsync("#cfg-reason", "브라우저 시험: 너무 많음");
            await page.ClickAsync("#cfg-save");
            await Assertions.Expect(page.Locator("#cfg-result")).ToContainTextAsync("서버가 입력값을 거부했습니다", new() { Timeout = Wait });
            await Assertions.Expect(page.Locator("#config-panel .field-error[data-for=backupCount]")).ToContainTextAsync("MaxCandidates");
            await Assertions.Expect(page.Locator("#cfg-backupCount")).ToHaveAttributeAsync("aria-invalid", "true");
            var refused = await client.GetFromJsonAsync<JsonElement>(ConfigPath, Ct);
            Assert.Equal((8_000_000m, 4, 5, "ScoreWeighted"), Values(refused));
            Assert.Equal(saved.GetProperty("version").GetInt32(), refused.GetProperty("version").GetInt32());
            await page.ScreenshotAsync(new() { Path = DashboardScreenshots.Path("dashboard-config.png"), FullPage = true });

            // Reset: back to the configured defaults.
            await page.FillAsync("#cfg-reason", "브라우저 시험: 되돌리기");
            await page.ClickAsync("#cfg-reset");
            await Assertions.Expect(page.Locator("#cfg-result")).ToContainTextAsync("기본값으로 되돌렸습니다", new() { Timeout = Wait });
            await Assertions.Expect(page.Locator("#cfg-selectedCount")).ToHaveValueAsync("5");
            await Assertions.Expect(page.Locator("#cfg-src-sessionBudget")).ToHaveTextAsync("기본값");
            var reset = await client.GetFromJsonAsync<JsonElement>(ConfigPath, Ct);
            Assert.Equal((10_000_000m, 5, 5, "Equal"), Values(reset));
            Assert.Equal(("default", "default", "default", "default"), Sources(reset));
            Assert.Equal("브라우저 시험: 되돌리기", reset.GetProperty("history")[0].GetProperty("reason").GetString());
        }
        finally
        {
            using var deleted = await client.DeleteAsync($"{ConfigPath}?reason=test%20cleanup", Ct);
            deleted.EnsureSuccessStatusCode();
        }

        Assert.Empty(browser.PageErrors);
        Assert.All(browser.ConsoleErrors, e => Assert.Contains("400", e, StringComparison.Ordinal)); // the refused PUT's answer
    }

    [Fact]
    public async Task MoveAlerts_ServerSideOncePerCrossing_OneAlertPerCrossingNotPerQuote()
    {
        await using var browser = await OpenAsync(fixture.Address, WebClusterFixture.AdminKey);
        var page = browser.Page;
        await page.FillAsync("#min-move", "1");
        await page.ClickAsync("#save-prefs");
        await Assertions.Expect(page.Locator("#prefs-result")).ToHaveTextAsync("저장됨", new() { Timeout = Wait });
        try
        {
            await page.FillAsync("#follow-code", Symbol);
            await page.ClickAsync("#follow-button");
            await Assertions.Expect(page.Locator("#chart-symbol")).ToHaveTextAsync(Symbol, new() { Timeout = Wait });
            var moves = page.Locator("#alerts li:has(.cat.move)", new() { HasTextString = Symbol });
            var sequence = 0L;

            // +1.5 % reaches the key's 1 %: the relay subscribes to the symbol's ticks on the first follower, so the
            // first prints are published until the page shows one.
            await Eventually.TrueAsync(async () =>
            {
                await Publishing.TickAsync(fixture, Symbol, 1_000m, ++sequence, 1.5m);
                await Task.Delay(300, Ct);
                return (await page.Locator("#chart-last").InnerTextAsync()).Contains("1,000원", StringComparison.Ordinal);
            }, "the first quote shown", TimeSpan.FromSeconds(90));
            await Assertions.Expect(moves).ToHaveCountAsync(1, new() { Timeout = Wait });
            await Assertions.Expect(moves.First).ToContainTextAsync("+1.5%");

            // Still above the minimum: quotes, no new alert; under it, then above again: the second crossing.
            await QuoteAsync(page, 1_010m, ++sequence, 2.5m);
            await QuoteAsync(page, 1_020m, ++sequence, 0.5m);
            await QuoteAsync(page, 1_030m, ++sequence, -2m);
            await Assertions.Expect(moves).ToHaveCountAsync(2, new() { Timeout = Wait });
            await Assertions.Expect(moves.First).ToContainTextAsync("-2%");
            await QuoteAsync(page, 1_040m, ++sequence, -2.2m);
            await Assertions.Expect(moves).ToHaveCountAsync(2);
        }
        finally
        {
            await page.FillAsync("#min-move", "3");
            await page.ClickAsync("#save-prefs");
        }

        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.ConsoleErrors);
    }

    private async Task QuoteAsync(IPage page, decimal price, long sequence, decimal changeRate)
    {
        await Publishing.TickAsync(fixture, Symbol, price, sequence, changeRate);
        await Assertions.Expect(page.Locator("#chart-last")).ToContainTextAsync(price.ToString("#,0", CultureInfo.InvariantCulture) + "원", new() { Timeout = Wait });
    }

    private static (decimal, int, int, string?) Values(JsonElement v) =>
        (v.GetProperty("sessionBudget").GetDecimal(), v.GetProperty("selectedCount").GetInt32(), v.GetProperty("backupCount").GetInt32(), v.GetProperty("allocationMode").GetString());

    private static (string?, string?, string?, string?) Sources(JsonElement v)
    {
        var s = v.GetProperty("sources");
        return (s.GetProperty("sessionBudget").GetString(), s.GetProperty("selectedCount").GetString(), s.GetProperty("backupCount").GetString(), s.GetProperty("allocationMode").GetString());
    }
}
