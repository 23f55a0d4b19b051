using System.Diagnostics;
using KisTrader.Silo.Commands;

namespace KisTrader.Silo.Tests.Infrastructure;

/// <summary>Runs the built silo executable as a process, with chosen environment variables, and collects its output.</summary>
internal static class SiloExe
{
    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CommandDispatcher).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The caller's own database settings must not leak into a test.
        start.Environment.Remove("ConnectionStrings__KisTrader");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
