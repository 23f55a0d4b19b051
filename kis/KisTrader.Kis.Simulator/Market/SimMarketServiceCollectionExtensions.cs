using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Master;
using KisTrader.Kis.Simulator.Quotations;
using KisTrader.Kis.Simulator.Scenario;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Market;

/// <summary>Registration of the market model, scenarios, master files and quotation endpoints.</summary>
internal static class SimMarketServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISimMarket"/> and <see cref="ISimScenarioControl"/> (one <see cref="SimMarket"/> singleton) from the
    /// "Market" configuration section (<see cref="SimMarketOptions"/>, validated at start-up). A scenario file named by
    /// Market:ScenarioPath (the --scenario flag) is loaded when the market is first resolved; an invalid file fails start-up
    /// with a <see cref="ScenarioException"/> naming the JSON path. The clock is the registered <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddSimMarket(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SimMarketOptions, SimMarketOptionsValidator>(configuration, SimMarketOptions.Section);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SimMarketOptions>>().Value;
            var scenario = string.IsNullOrWhiteSpace(options.ScenarioPath) ? null : ScenarioLoader.LoadFile(options.ScenarioPath);
            return new SimMarket(options, scenario);
        });
        services.AddSingleton<ISimMarket>(sp => sp.GetRequiredService<SimMarket>());
        services.AddSingleton<ISimMarketStatistics>(sp => sp.GetRequiredService<SimMarket>());
        services.AddSingleton<ISimScenarioControl>(sp => sp.GetRequiredService<SimMarket>());
        return services;
    }

    /// <summary>Maps the quotation REST endpoints and the master-file downloads.</summary>
    public static IEndpointRouteBuilder MapSimQuotations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapQuotationRoutes();
        endpoints.MapSimMasterFiles();
        return endpoints;
    }
}
