using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.Auth;
using KisTrader.Kis.Simulator.Control;
using KisTrader.Kis.Simulator.Faults;
using KisTrader.Kis.Simulator.Gateway;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.WebSocket;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>
/// The simulator's composition root: the host's services (clock, accounts, auth, gateway, faults, metrics) registered
/// before the market's and the trading desk's (whose defaults are TryAdd, so the host's adapters win), then the pipeline:
/// WebSocket upgrades on any non-REST path, routing, the KIS gateway, and the endpoints.
/// </summary>
internal static class SimulatorComposition
{
    public static IServiceCollection AddSimulator(this IServiceCollection services, IConfiguration configuration, TimeProvider clock, TimeProvider wall)
    {
        services.AddSingleton(clock);
        services.AddSingleton(new WallClock(wall));
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName)); // nothing to validate
        services.AddValidatedOptions<SimAccountsOptions, SimAccountsOptionsValidator>(configuration, SimAccountsOptions.SectionName);
        services.AddValidatedOptions<SimAuthOptions, SimAuthOptionsValidator>(configuration, SimAuthOptions.SectionName);
        services.AddValidatedOptions<GatewayOptions, GatewayOptionsValidator>(configuration, GatewayOptions.SectionName);
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(configuration, RateLimitOptions.SectionName);

        services.AddSingleton<SimMetrics>();
        services.AddSingleton<ITradingMetrics>(sp => sp.GetRequiredService<SimMetrics>());
        services.AddSingleton<IRealtimeMetrics>(sp => sp.GetRequiredService<SimMetrics>());
        services.AddSingleton<AccountRegistry>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<ApprovalKeyStore>();
        services.AddSingleton<IApprovalKeyStore>(sp => sp.GetRequiredService<ApprovalKeyStore>());
        services.AddSingleton<IWsApprovalResolver, ApprovalKeyResolver>();
        services.AddSingleton<AppKeyRateLimiter>();
        services.AddSingleton<FaultService>();
        services.AddSingleton<IWsFaults, WsFaultsAdapter>();
        services.AddSingleton<ITradingGateway, HostTradingGateway>();
        services.AddHostedService<FaultScheduler>();

        services.AddSimMarket(configuration);
        services.AddSimTrading(configuration);
        return services;
    }

    public static WebApplication UseSimulator(this WebApplication app)
    {
        app.UseMiddleware<KisResponseHeaderMiddleware>();
        app.MapSimWebSocket();
        app.UseRouting();
        app.UseMiddleware<KisGatewayMiddleware>();
        app.MapSimAuth();
        app.MapSimControl();
        app.MapSimQuotations();
        app.MapSimTrading();
        return app;
    }
}
