using Microsoft.Playwright;

namespace KisTrader.Web.Tests.Dashboard;

/// <summary>
/// Headless Debian chromium (Playwright with its executable path; nothing downloaded) on the dashboard, logged in with a
/// key and connected to the hub. Console errors and page errors (uncaught exceptions) are collected apart: an answer
/// the test provokes (a 400) is a console error, a script failure is a page error.
/// </summary>
internal sealed class DashboardBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public static readonly float Wait = (float)TimeSpan.FromMinutes(4).TotalMilliseconds;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => PageErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> PageErrors { get; } = [];

    /// <summary>Opens the dashboard at <paramref name="address"/>, logs in with <paramref name="key"/> and waits for the hub.</summary>
    public static async Task<DashboardBrowser> OpenAsync(Uri address, string key)
    {
        Assert.True(File.Exists(Chromium), $"the browser test needs Debian's chromium at {Chromium} (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 1200 }, Locale = "ko-KR", TimezoneId = "Asia/Seoul" });
            var opened = new DashboardBrowser(playwright, browser, page);
            await page.GotoAsync(address.ToString());
            await page.FillAsync("#api-key", key);
            await page.ClickAsync("#login-button");
            await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("연결됨", new() { Timeout = Wait });
            return opened;
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
