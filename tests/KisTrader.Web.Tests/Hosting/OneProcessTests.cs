using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using KisTrader.Web.Tests.Infrastructure;

namespace KisTrader.Web.Tests.Hosting;

/// <summary>The default: the built front end started as its own process with no mode and no database answers /health/ready.</summary>
public sealed class OneProcessTests
{
    [Fact]
    public async Task DefaultRun_NoConfiguration_AnswersReadyAndReportsItsMode()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "KisTrader.Web.dll");
        Assert.True(File.Exists(dll), dll);
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["KisTrader__Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        start.Environment["KisTrader__Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        start.Environment["Market__KospiListings"] = "100";
        start.Environment["Market__KosdaqListings"] = "100";
        start.Environment.Remove("KISTRADER_ADMIN_KEY");
        start.Environment.Remove("ConnectionStrings__KisTrader");
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        Assert.True(process.Start());
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var deadline = Stopwatch.StartNew();
            HttpStatusCode? last = null;
            while (last != HttpStatusCode.OK)
            {
                Assert.False(process.HasExited, $"the front end exited ({(process.HasExited ? process.ExitCode : 0)}):\n{Text(output)}");
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), $"not ready within 3 minutes (last {last}):\n{Text(output)}");
                try
                {
                    using var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
                    last = ready.StatusCode;
                }
                catch (HttpRequestException)
                {
                    last = null;
                }

                if (last != HttpStatusCode.OK)
                {
                    await Task.Delay(500, TestContext.Current.CancellationToken);
                }
            }

            // Ready includes the co-hosted silo's schedule: started (its start is tried again until it is).
            using var body = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/health/ready", TestContext.Current.CancellationToken));
            var schedule = body.RootElement.GetProperty("checks").GetProperty("schedule");
            Assert.Equal("Healthy", schedule.GetProperty("status").GetString());
            Assert.StartsWith("schedule started", schedule.GetProperty("description").GetString(), StringComparison.Ordinal);

            using var refused = await http.GetAsync("/api/system/status", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            var log = await Eventually(() => Text(output), t => t.Contains("Log in:", StringComparison.Ordinal));
            Assert.Contains("Mode OneProcess", log, StringComparison.Ordinal);
            Assert.Contains("in-process KIS simulator", log, StringComparison.Ordinal);
            Assert.Contains("in memory", log, StringComparison.Ordinal);
            Assert.Contains("Clock: simulated", log, StringComparison.Ordinal);
            Assert.Contains("a trader API key was made", log, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static async Task<string> Eventually(Func<string> read, Func<string, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        var value = read();
        while (!done(value) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            value = read();
        }

        return value;
    }
}
