using KisTrader.Silo.Commands;
using KisTrader.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>A silo host built exactly as the <c>silo</c> command builds it (<see cref="SiloHost"/>), with its log captured.</summary>
internal sealed class SiloHostHandle : IAsyncDisposable
{
    private SiloHostHandle(IHost host, LogCapture log)
    {
        Host = host;
        Log = log;
    }

    public IHost Host { get; }

    public LogCapture Log { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<SiloHostHandle> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var log = new LogCapture();
        var host = SiloHost.Build([], settings, b =>
        {
            b.Logging.ClearProviders();
            b.Logging.AddProvider(log);
        });
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new SiloHostHandle(host, log);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await Host.StopAsync(timeout.Token);
        }
        finally
        {
            Host.Dispose();
        }
    }
}
