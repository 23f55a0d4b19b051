using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Clock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Survival;

/// <summary>The broker's side of a <see cref="SurvivalCluster"/>: the KIS API of the simulator process, as the silos' key.</summary>
internal sealed partial class SurvivalCluster
{
    /// <summary>A KIS client of the silos' key and account, on a clock that reads the simulator's time (paused).</summary>
    public async Task<IKisTrading> KisAsync(CancellationToken cancellationToken)
    {
        _kis ??= await KisClientAsync(cancellationToken);
        return _kis.GetRequiredService<IKisTrading>();
    }

    /// <summary>The broker's orders of the account for the days (inquire-daily-ccld through the KIS client, as a broker's statement).</summary>
    public async Task<List<DailyOrder>> BrokerOrdersAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var trading = await KisAsync(cancellationToken);
        var orders = new List<DailyOrder>();
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, from, to), cancellationToken: cancellationToken))
        {
            orders.Add(row);
        }

        return orders;
    }

    // A KIS client of the same key and account, on a clock that reads the simulator's time (the token's expiry is simulated).
    private async Task<ServiceProvider> KisClientAsync(CancellationToken cancellationToken)
    {
        var rest = Simulator.BaseUrl.ToString().TrimEnd('/');
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = rest,
            ["Kis:WebSocketBaseUrl"] = rest.Replace("http://", "ws://", StringComparison.Ordinal),
            ["Kis:MasterFileBaseUrl"] = rest + "/common/master/",
            ["Kis:AppKey"] = _settings.AppKey,
            ["Kis:AppSecret"] = _settings.AppSecret,
            ["Kis:AccountNumber"] = _account.Cano,
            ["Kis:HtsId"] = _account.HtsId,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddKisClient(configuration);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new SimClock(await Simulator.NowAsync(cancellationToken), 1m, paused: true));
        return services.BuildServiceProvider();
    }
}
