using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Market;
using KisTrader.Kis.Simulator.WebSocket;
using KisTrader.Kis.Simulator.WebSocket.Feed;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.Simulator.Trading;

/// <summary>
/// Registration of the simulated broker (orders, accounts, matching) and the KIS WebSocket server. Called by the
/// simulator host's composition: <c>services.AddSimTrading(config)</c>, then <c>app.MapSimWebSocket()</c> early in the
/// pipeline (before any middleware that answers unknown paths) and <c>app.MapSimTrading()</c> with the other endpoints.
/// Needs <c>AddSimMarket</c> (ISimMarket) and a TimeProvider registration for the simulated clock.
/// </summary>
public static class SimTradingExtensions
{
    public static IServiceCollection AddSimTrading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<SimTradingOptions, SimTradingOptionsValidator>(configuration, SimTradingOptions.SectionName);
        services.AddValidatedOptions<SimWebSocketOptions, SimWebSocketOptionsValidator>(configuration, SimWebSocketOptions.SectionName);

        services.TryAddSingleton(sp => new TradingClock(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton(_ => new WallClock(TimeProvider.System));
        services.TryAddSingleton<ITradingMarket, SimMarketTradingAdapter>();
        services.TryAddSingleton<ITradingMetrics, NullTradingMetrics>();
        services.TryAddSingleton<IRealtimeMetrics, NullRealtimeMetrics>();
        services.TryAddSingleton<ITradingEvents, TradingEventFanout>();
        services.TryAddSingleton<TradingBook>();
        services.TryAddSingleton<OrderHandlers>();
        services.TryAddSingleton<InquiryHandlers>();

        services.TryAddSingleton<IWsApprovalResolver, NoApprovalKeys>();
        services.TryAddSingleton<WsSessionRegistry>();
        services.TryAddSingleton<IWsFaults, NoWsFaults>();
        services.TryAddSingleton<WsConnectionHandler>();
        services.TryAddSingleton<WsNoticePublisher>();
        services.TryAddSingleton<WsMarketFeed>();
        services.TryAddSingleton(sp => new WsHeartbeat(
            sp.GetRequiredService<WsSessionRegistry>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SimWebSocketOptions>>(),
            sp.GetRequiredService<WallClock>(),
            sp.GetRequiredService<TradingClock>().Provider));
        services.TryAddSingleton<SimTradingPump>();
        services.AddHostedService(sp => sp.GetRequiredService<SimTradingPump>());
        return services;
    }

    /// <summary>
    /// Maps the order and account endpoints under /uapi/domestic-stock/v1/trading (kis-api.md §4.9–§4.13). Needs an
    /// ITradingGateway registration (the host's gateway adapter).
    /// </summary>
    public static IEndpointRouteBuilder MapSimTrading(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var gateway = endpoints.ServiceProvider.GetRequiredService<ITradingGateway>();
        var group = endpoints.MapGroup("/uapi/domestic-stock/v1/trading");

        gateway.Describe(
            group.MapPost("/order-cash", async (HttpContext context, OrderHandlers orders) =>
                gateway.Write(context, orders.OrderCash(gateway.Resolve(context), await ReadJsonAsync(context).ConfigureAwait(false)))),
            OrderHandlers.OrderCashReal,
            OrderHandlers.OrderCashPaper);
        gateway.Describe(
            group.MapPost("/order-rvsecncl", async (HttpContext context, OrderHandlers orders) =>
                gateway.Write(context, orders.OrderRvsecncl(gateway.Resolve(context), await ReadJsonAsync(context).ConfigureAwait(false)))),
            OrderHandlers.RvsecnclReal,
            OrderHandlers.RvsecnclPaper);
        gateway.Describe(
            group.MapGet("/inquire-balance", (HttpContext context, InquiryHandlers inquiries) =>
                gateway.Write(context, inquiries.Balance(gateway.Resolve(context), KisInput.FromQuery(context.Request.Query)))),
            InquiryHandlers.BalanceReal,
            InquiryHandlers.BalancePaper);
        gateway.Describe(
            group.MapGet("/inquire-daily-ccld", (HttpContext context, InquiryHandlers inquiries) =>
                gateway.Write(context, inquiries.DailyCcld(gateway.Resolve(context), KisInput.FromQuery(context.Request.Query)))),
            InquiryHandlers.DailyCcldReal,
            InquiryHandlers.DailyCcldPaper);
        gateway.Describe(
            group.MapGet("/inquire-psbl-order", (HttpContext context, InquiryHandlers inquiries) =>
                gateway.Write(context, inquiries.PsblOrder(gateway.Resolve(context), KisInput.FromQuery(context.Request.Query)))),
            InquiryHandlers.PsblOrderReal,
            InquiryHandlers.PsblOrderPaper);
        gateway.Describe(
            group.MapGet("/inquire-psbl-rvsecncl", (HttpContext context, InquiryHandlers inquiries) =>
                gateway.Write(context, inquiries.PsblRvsecncl(gateway.Resolve(context), KisInput.FromQuery(context.Request.Query)))),
            InquiryHandlers.PsblRvsecnclReal,
            []);
        return endpoints;
    }

    private static async Task<KisInput?> ReadJsonAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, System.Text.Encoding.UTF8);
        return KisInput.FromJson(await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false));
    }

    /// <summary>
    /// Accepts WebSocket upgrades on every path except /uapi, /oauth2, /sim and /common (clients use /tryitout).
    /// Put it before middleware that would answer those requests.
    /// </summary>
    public static IApplicationBuilder MapSimWebSocket(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            var handler = context.RequestServices.GetRequiredService<WsConnectionHandler>();
            if (handler.Accepts(context))
            {
                await handler.HandleAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
