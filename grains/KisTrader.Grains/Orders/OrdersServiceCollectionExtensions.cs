using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Grains.Orders;

/// <summary>Silo registrations of the order grains and the accounts' order books.</summary>
public static class OrdersServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>KisTrader:Orders</c> (at start). Registers the retry policy of strategy.md §6 from the
    /// registered <see cref="StrategyOptions"/> (<c>Strategy:AfterHours:Submission</c>) or the defaults, the in-memory
    /// order journal unless an <see cref="IOrderJournal"/> is registered (a silo with a database registers
    /// <see cref="PostgresOrderJournal"/>), the KRX calendar and the event publisher. The grains also need, on every silo:
    /// the KIS client (<c>AddKisClient</c>), an <c>IOrderGate</c> (the risk gates, <c>Grains/Risk</c>), the market-data
    /// grain (<c>AddMarketData</c>: fill notices), grain storage <c>Default</c>, the memory stream provider <c>Streams</c>
    /// and an <see cref="ITradingJournal"/>.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<OrderOptions, OrderOptionsValidator>(configuration, OrderOptions.Section);
        services.TryAddSingleton(sp => new SubmissionFailurePolicy(sp.GetService<StrategyOptions>()?.AfterHours.Submission ?? new SubmissionRetryOptions()));
        services.TryAddSingleton<IOrderJournal, InMemoryOrderJournal>();
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        return services;
    }
}
