using System.Security.Claims;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Time;
using KisTrader.Web.Clock;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;
using KisTrader.Web.Portfolio;

namespace KisTrader.Web.Apis;

/// <summary>
/// Manual trading through the strategy's own path (an <see cref="IOrderGrain"/> per order: its risk gates, its
/// journal, its unknown-outcome lookup): <c>POST /api/orders</c> (Trader), <c>POST /api/orders/cancel</c> (Trader),
/// <c>GET /api/orders/{clientOrderId}</c>, and the history from the journaled events with filters and paging:
/// <c>GET /api/orders</c> and <c>GET /api/trades</c> (the executions).
/// </summary>
internal static class TradingApi
{
    public static void MapTradingApi(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("/api/orders").WithTags("Trading");
        orders.MapPost("", PlaceAsync).RequireTrader().Accepts<ManualOrderRequest>("application/json")
            .Produces<OrderView>(201).ProducesValidationProblem().ProducesProblem(409).ProducesProblem(503)
            .WithSummary("Place a manual order (the order grain's risk gates apply; a refusal answers 409 with the order)");
        orders.MapPost("/cancel", CancelAsync).RequireTrader().Accepts<CancelOrderRequest>("application/json")
            .Produces<OrderView>().ProducesValidationProblem().ProducesProblem(404).WithSummary("Cancel an order's unfilled rest");
        orders.MapGet("", ListAsync).Produces<Paged<OrderRow>>().ProducesValidationProblem()
            .WithSummary("Order history (filters: date, symbol, side, state, purpose; page, pageSize)");
        orders.MapGet("/{**clientOrderId}", GetAsync).Produces<OrderView>().ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("One order's status");
        endpoints.MapGet("/api/trades", TradesAsync).WithTags("Trading").Produces<Paged<FillRow>>().ProducesValidationProblem()
            .WithSummary("Executions (filters: date, symbol, side, purpose; page, pageSize)");
    }

    private static async Task<IResult> PlaceAsync(
        HttpRequest request, ClaimsPrincipal user, TradingAccount account, IClockControl clock, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<ManualOrderRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (account.Key is not { } accountKey)
        {
            return KillSwitchApi.NoAccount();
        }

        var today = KrxTime.DateOf((await clock.GetAsync(cancellationToken)).Now);
        var intent = ManualOrders.Intent(body!, today, accountKey, Requester.Of(user), Guid.NewGuid().ToString("N")[..20], out var errors);
        if (intent is null)
        {
            return Problem.Validation(errors);
        }

        OrderView view;
        try
        {
            view = await grains.GetGrain<IOrderGrain>(intent.ClientOrderId).PlaceAsync(intent);
        }
        catch (ArgumentException e)
        {
            return Problem.Validation("body", e.Message);
        }
        catch (InvalidOperationException e)
        {
            return Problem.Conflict("The request id is already used by a different order", e.Message);
        }

        return view.State == OrderState.Rejected
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The order was refused",
                detail: $"{view.MessageCode}: {view.Message}", extensions: new Dictionary<string, object?> { ["order"] = view })
            : TypedResults.Created($"/api/orders/{intent.ClientOrderId}", view);
    }

    private static async Task<IResult> CancelAsync(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<CancelOrderRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (Requester.Reason(body!.Reason, out var reason) is { } bad)
        {
            return bad;
        }

        if ((await KnownOrderAsync(body.ClientOrderId, "clientOrderId", grains)).Problem is { } missing)
        {
            return missing;
        }

        return TypedResults.Ok(await grains.GetGrain<IOrderGrain>(body.ClientOrderId!).CancelAsync($"{Requester.Of(user)}: {reason}"));
    }

    private static async Task<IResult> GetAsync(string clientOrderId, IGrainFactory grains)
    {
        var (view, problem) = await KnownOrderAsync(clientOrderId, "clientOrderId", grains);
        return problem ?? TypedResults.Ok(view);
    }

    private static async Task<(OrderView? View, IResult? Problem)> KnownOrderAsync(string? id, string field, IGrainFactory grains)
    {
        try
        {
            _ = GrainKeys.Order(id ?? "");
        }
        catch (ArgumentException)
        {
            return (null, Problem.Validation(field, "is required: a client order id (1–64 ASCII letters, digits, '-', '_' or '/')"));
        }

        var view = await grains.GetGrain<IOrderGrain>(id!).GetAsync();
        return view.Intent is null ? (null, Problem.NotFound($"no order {id}")) : (view, null);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, OrderHistory history, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request, "date", "symbol", "side", "state", "purpose", "page", "pageSize");
        var (date, symbol, side, state, purpose) = (query.Date("date"), query.Symbol("symbol"), query.Enum<OrderSide>("side"), query.Enum<OrderState>("state"), query.Enum<OrderPurpose>("purpose"));
        var (page, pageSize) = (query.Int("page", 1, 1, 100_000), query.Int("pageSize", 50, 1, 500));
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        var rows = (await history.OrdersAsync(cancellationToken)).Where(o =>
            (date is null || o.Order.Intent!.TradingDate == date) && (symbol is null || o.Order.Intent!.Symbol == symbol)
            && (side is null || o.Order.Intent!.Side == side) && (state is null || o.Order.State == state)
            && (purpose is null || o.Order.Intent!.Purpose == purpose)).ToList();
        return TypedResults.Ok(Paging.Of(rows, page, pageSize));
    }

    private static async Task<IResult> TradesAsync(HttpRequest request, OrderHistory history, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request, "date", "symbol", "side", "purpose", "page", "pageSize");
        var (date, symbol, side, purpose) = (query.Date("date"), query.Symbol("symbol"), query.Enum<OrderSide>("side"), query.Enum<OrderPurpose>("purpose"));
        var (page, pageSize) = (query.Int("page", 1, 1, 100_000), query.Int("pageSize", 50, 1, 500));
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        var rows = (await history.FillsAsync(cancellationToken)).Where(f =>
            (date is null || f.TradingDate == date) && (symbol is null || f.Symbol == symbol)
            && (side is null || f.Side == side) && (purpose is null || f.Purpose == purpose)).ToList();
        return TypedResults.Ok(Paging.Of(rows, page, pageSize));
    }
}
