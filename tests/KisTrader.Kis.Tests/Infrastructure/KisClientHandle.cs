using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.RateLimiting;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Tests.Infrastructure;

/// <summary>
/// A KIS client built exactly as an application builds it (<c>AddKisClient(configuration)</c>), pointed at a
/// <see cref="SimHost"/> with a fresh app key, capturing its logs.
/// </summary>
public sealed class KisClientHandle : IAsyncDisposable
{
    private KisClientHandle(ServiceProvider services, LogSink logs, string appKey, string appSecret, string cano)
    {
        Services = services;
        Logs = logs;
        AppKey = appKey;
        AppSecret = appSecret;
        Cano = cano;
    }

    public ServiceProvider Services { get; }

    public LogSink Logs { get; }

    public string AppKey { get; }

    public string AppSecret { get; }

    public string Cano { get; }

    public IKisMarketData MarketData => Services.GetRequiredService<IKisMarketData>();

    public IKisTrading Trading => Services.GetRequiredService<IKisTrading>();

    internal KisConnections Connections => Services.GetRequiredService<KisConnections>();

    internal LaneRateLimiter Limiter => ((LocalKisPermitSource)Services.GetRequiredService<IKisPermitSource>()).For(Connections.Trading.Transport.Budget);

    /// <summary>A fresh random app key/secret pair (the simulator admits any pair on first use).</summary>
    public static (string Key, string Secret) NewKey()
    {
        var id = Guid.NewGuid().ToString("N");
        return ($"PSkey{id}", $"secret{id}{Guid.NewGuid():N}");
    }

    /// <summary>
    /// Builds a client for <paramref name="sim"/>. <paramref name="configure"/> edits the configuration keys (Kis:…);
    /// <paramref name="services"/> may add registrations after AddKisClient (e.g. an HTTP handler for network faults).
    /// </summary>
    public static async Task<KisClientHandle> CreateAsync(
        SimHost sim,
        Action<IDictionary<string, string?>>? configure = null,
        (string Key, string Secret)? key = null,
        Action<IServiceCollection>? services = null)
    {
        var (appKey, appSecret) = key ?? NewKey();
        var settings = await TestSimulator.ClientSettingsAsync(sim.Host, appKey, appSecret);
        var cano = settings["Kis:AccountNumber"]!;
        // A simulator answer that is heavy (a year of index bars) can take seconds on a loaded 2-core machine: the default
        // 5 s per-call limit would fail a correct test. Tests of the timeouts set their own.
        settings["Kis:Resilience:QueryTimeout"] = "00:01:00";
        settings["Kis:Resilience:OrderTimeout"] = "00:01:00";
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new LogSink();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        collection.AddKisClient(configuration);
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new KisClientHandle(provider, logs, appKey, appSecret, cano);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
