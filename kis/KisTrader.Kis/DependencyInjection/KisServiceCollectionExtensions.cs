using KisTrader.Kis.Auth;
using KisTrader.Kis.Client;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.Master;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.DependencyInjection;

/// <summary>Registers the KIS client (REST facades, auth, rate limit, resilience) and its WebSocket client.</summary>
public static class KisServiceCollectionExtensions
{
    /// <summary>
    /// Binds section <c>Kis</c> (validated at start: a bad setting stops the host with a message naming it), and registers
    /// <see cref="IKisMarketData"/>, <see cref="IKisTrading"/>, <see cref="IApprovalKeySource"/>, the token store chosen by
    /// <c>Kis:Auth:TokenStore</c> (an <see cref="IKisTokenStore"/> registered before this call wins), the permit source
    /// (<see cref="LocalKisPermitSource"/> unless an <see cref="IKisPermitSource"/> is registered before) and the
    /// WebSocket client with the URL, HTS ID and customer type taken from <c>Kis</c>, and the master-file source
    /// (<c>Kis:MasterFileBaseUrl</c>).
    /// </summary>
    public static IServiceCollection AddKisClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<KisOptions, KisOptionsValidator>(configuration, KisOptions.Section);
        services.AddSingleton<IValidateOptions<KisOptions>>(new KisSecretSourceValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        KisTimeProviders.AddTransportFallback(services);

        // Our own log lines mask secrets; the factory's default handlers would log URLs (with CANO in the query).
        services.AddHttpClient(KisConnections.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            .RemoveAllLoggers();

        services.TryAddSingleton(CreateTokenStore);
        services.TryAddSingleton<IKisPermitSource, LocalKisPermitSource>();
        services.TryAddSingleton<KisConnections>();
        services.TryAddSingleton<IKisMarketData, KisMarketDataClient>();
        services.TryAddSingleton<IKisTrading, KisTradingClient>();
        services.TryAddSingleton<IApprovalKeySource>(sp => sp.GetRequiredService<KisConnections>().Trading.ApprovalKeys);
        services.AddKisMasterFiles(configuration);
        AddWebSocket(services, configuration);
        return services;
    }

    private static void AddWebSocket(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKisWebSocket(configuration);

        // The realtime session follows the trading key: fill notices (체결통보) need that account's HTS ID and domain.
        // Explicit Kis:WebSocket:BaseUrl / HtsId settings win; custtype and the paper flag always follow Kis.
        services.AddOptions<KisWebSocketOptions>().PostConfigure<IOptions<KisOptions>>((ws, kis) =>
        {
            var o = kis.Value;
            ws.BaseUrl ??= o.EffectiveWebSocketBaseUrl;
            ws.HtsId ??= o.HtsId;
            ws.CustomerType = o.CustomerType == KisCustomerType.Corporate ? "B" : "P";
            ws.PaperTrading = o.Environment == KisEnvironment.Paper;
        });
    }

    private static IKisTokenStore CreateTokenStore(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<KisOptions>>().Value.Auth;
        switch (auth.TokenStore)
        {
            case KisTokenStoreKind.File:
                var key = !string.IsNullOrEmpty(auth.TokenEncryptionKey)
                    ? Convert.FromBase64String(auth.TokenEncryptionKey)
                    : EncryptedFileKisTokenStore.LoadOrCreateKey(auth.TokenKeyFile!);
                return new EncryptedFileKisTokenStore(auth.TokenDirectory!, key);
            case KisTokenStoreKind.External:
                throw new InvalidOperationException("Kis:Auth:TokenStore is External: register an IKisTokenStore before calling AddKisClient.");
            default:
                return new InMemoryKisTokenStore();
        }
    }
}
