using System.Diagnostics;
using KisTrader.Silo.Replay;

namespace KisTrader.Silo.Tests;

/// <summary>The offline replay (<c>replay</c>), as a process: flags, exit codes and what the console shows.</summary>
public sealed class ProgramTests
{
    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = typeof(ReplayCommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Replaying_a_date_prints_the_screen_and_the_after_hours_decisions()
    {
        var (code, output, error) = await RunAsync("replay", "--date", "2026-11-26");

        Assert.True(code == 0, error);
        Assert.Contains("== Session 2026-11-26", output, StringComparison.Ordinal);
        Assert.Contains("-- adjustment trail", output, StringComparison.Ordinal);
        Assert.Contains("-- candidates at", output, StringComparison.Ordinal);
        Assert.Contains("-- after-hours single-price session", output, StringComparison.Ordinal);
        Assert.Contains("-- buys:", output, StringComparison.Ordinal);
        Assert.Contains("== Performance over 1 session(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_day_exits_with_2_and_says_why()
    {
        var (code, _, error) = await RunAsync("replay", "--date", "2026-11-29");

        Assert.Equal(2, code);
        Assert.Contains("2026-11-29 is not a KRX trading day", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_setting_exits_with_2_and_names_it()
    {
        var (code, _, error) = await RunAsync("replay", "--Strategy:Screening:Allocation:SessionBudget=-5");

        Assert.Equal(2, code);
        Assert.Contains("Strategy:Screening:Allocation:SessionBudget", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage()
    {
        var (code, output, _) = await RunAsync("replay", "--help");

        Assert.Equal(0, code);
        Assert.Contains("usage: dotnet run --project silo/KisTrader.Silo", output, StringComparison.Ordinal);
    }
}
