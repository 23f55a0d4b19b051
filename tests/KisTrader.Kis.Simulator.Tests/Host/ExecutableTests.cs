using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>The built executable (the apphost next to the tests): flags, exit codes, and a real start with the README's flags.</summary>
public sealed partial class ExecutableTests
{
    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var name = OperatingSystem.IsWindows() ? "KisTrader.Kis.Simulator.exe" : "KisTrader.Kis.Simulator";
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, name))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Help_PrintsEveryFlagAndExits0()
    {
        var (exit, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var flag in new[] { "--urls", "--seed", "--start", "--speed", "--paused", "--scenario", "--profile", "--strict", "--starting-cash", "--no-rate-limit", "--config", "--help" })
        {
            Assert.Contains(flag, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("unknown flag --colour", "--colour", "red")]
    [InlineData("--speed: '0' is not a number > 0", "--speed", "0")]
    [InlineData("--start: '2026-11-23' needs a date, a time and an offset", "--start", "2026-11-23")]
    [InlineData("--profile: 'demo' is neither 'real'", "--profile", "demo")]
    [InlineData("--scenario: file 'no-such-file.json' not found", "--scenario", "no-such-file.json")]
    [InlineData("--seed: 'x' is not a whole number", "--seed", "x")]
    [InlineData("--urls: 'ftp://x' is not an http:// URL", "--urls", "ftp://x")]
    [InlineData("--seed needs a value", "--seed")]
    [InlineData("Simulator:RateLimit:RealPerWindow must be between 1 and 1000000", "--urls", "http://127.0.0.1:0", "--Simulator:RateLimit:RealPerWindow=0")]
    [InlineData("Simulator:Clock:Speed must be between", "--urls", "http://127.0.0.1:0", "--Simulator:Clock:Speed=0")]
    [InlineData("Simulator:WebSocket:MaxRegistrations must be between 1 and 1000", "--urls", "http://127.0.0.1:0", "--Simulator:WebSocket:MaxRegistrations=0")]
    [InlineData("Market:KospiListings must be between 50 and 5000", "--urls", "http://127.0.0.1:0", "--Market:KospiListings=1")]
    [InlineData("Simulator:Accounts:Keys: strict mode needs at least one configured key", "--urls", "http://127.0.0.1:0", "--strict")]
    [InlineData("Simulator:Accounts:Keys:0:Cano must be 8 digits", "--urls", "http://127.0.0.1:0", "--Simulator:Accounts:Keys:0:AppKey=K", "--Simulator:Accounts:Keys:0:AppSecret=S", "--Simulator:Accounts:Keys:0:Cano=123")]
    [InlineData("Simulator:Accounts:Keys:0:AppSecret is required.", "--urls", "http://127.0.0.1:0", "--Simulator:Accounts:Keys:0:AppKey=K")]
    public async Task BadFlagOrSetting_ErrorOnStderrAndExit2(string message, params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheReadmeFlags_ServesTheControlApiAndKis()
    {
        var scenario = Path.Combine(Path.GetTempPath(), $"sim-exe-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(scenario, """{ "name": "from the command line", "seed": 7 }""", TestContext.Current.CancellationToken);
        using var process = new Process { StartInfo = StartInfo(
            "--urls", "http://127.0.0.1:0", "--seed", "7", "--start", "2026-11-23T15:25:00+09:00", "--speed", "60", "--paused",
            "--profile", "paper", "--starting-cash", "5000000", "--scenario", scenario, "--no-rate-limit",
            "--Market:KospiListings=100", "--Market:KosdaqListings=100") };
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.Enqueue(line);
                if (Listening().Match(line) is { Success: true } match)
                {
                    listening.TrySetResult(match.Groups[1].Value);
                }
            }
        };
        process.ErrorDataReceived += (_, e) => output.Enqueue("stderr: " + e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the simulator exited: " + string.Join('\n', output)));
        process.EnableRaisingEvents = true;
        Assert.True(process.Start());
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var url = await listening.Task.WaitAsync(timeout.Token);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var status = JsonDocument.Parse(await http.GetStringAsync("/sim", timeout.Token)).RootElement;
            var account = JsonDocument.Parse(await http.GetStringAsync("/sim/accounts/demo-key", timeout.Token)).RootElement;
            using var token = await http.PostAsync(
                "/oauth2/tokenP",
                new StringContent("""{"grant_type":"client_credentials","appkey":"demo-key","appsecret":"demo-secret"}""", System.Text.Encoding.UTF8, "application/json"),
                timeout.Token);

            Assert.Equal("paper", status.GetProperty("profile").GetString());
            Assert.Equal(7, status.GetProperty("seed").GetInt32());
            Assert.Equal("from the command line", status.GetProperty("scenario").GetString());
            Assert.Equal("2026-11-23 15:25:00", status.GetProperty("clock").GetProperty("kst").GetString());
            Assert.Equal(60m, status.GetProperty("clock").GetProperty("speed").GetDecimal());
            Assert.True(status.GetProperty("clock").GetProperty("paused").GetBoolean());
            Assert.Equal(5_000_000m, account.GetProperty("startingCash").GetDecimal());
            Assert.Equal(System.Net.HttpStatusCode.OK, token.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            File.Delete(scenario);
        }
    }

    [GeneratedRegex(@"listening on (http://\S+/)")]
    private static partial Regex Listening();
}
