using KisTrader.Kis.Auth;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Client;

/// <summary>The trading and market-data connections of the configured keys (one object when both use the same key).</summary>
internal sealed class KisConnections : IDisposable
{
    public const string HttpClientName = "KisTrader.Kis";

    public KisConnections(
        IHttpClientFactory httpClients,
        IOptions<KisOptions> options,
        IKisTokenStore tokenStore,
        IKisPermitSource permits,
        TimeProvider clock,
        ILoggerFactory loggers,
        [FromKeyedServices(KisTimeProviders.Transport)] TimeProvider? transportClock = null)
    {
        var settings = options.Value;
        Options = settings;
        var logger = loggers.CreateLogger("KisTrader.Kis");
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Configured(settings.ToString());
        }
        var http = httpClients.CreateClient(HttpClientName);
        var trading = KisCredentials.Trading(settings);
        var market = KisCredentials.MarketData(settings, trading);
        var transport = transportClock ?? clock;
        Trading = new KisConnection(http, trading, settings, tokenStore, permits, clock, transport, logger);
        MarketData = ReferenceEquals(market, trading) ? Trading : new KisConnection(http, market, settings, tokenStore, permits, clock, transport, logger);
    }

    public KisOptions Options { get; }

    public KisConnection Trading { get; }

    public KisConnection MarketData { get; }

    public void Dispose()
    {
        Trading.Dispose();
        if (!ReferenceEquals(MarketData, Trading))
        {
            MarketData.Dispose();
        }
    }
}
