using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Kis.Tests.Resilience;

/// <summary>Orders are never retried blindly: failures map to outcomes, and FindOrder resolves an unknown one.</summary>
public sealed class OrderOutcomeTests
{
    private const string Samsung = "005930";
    private const string BuyTr = "TTTC0012U";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The simulator's clock (paused): where the broker stamps ord_dt/ord_tmd.</summary>
    private static OrderSearch Around(string symbol, long quantity, decimal price) =>
        new(symbol, OrderSide.Buy, quantity, price, SimHost.DefaultStart.AddMinutes(-1), SimHost.DefaultStart.AddMinutes(1));

    private static async Task<decimal> PriceAsync(KisClientHandle client) =>
        (await client.MarketData.GetQuoteAsync(new SymbolQuery(Samsung), cancellationToken: Ct)).Price;

    [Fact]
    public async Task OrderTimeout_YieldsOutcomeUnknown_WithoutRetry_AndFindOrderSaysNotPlaced()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:Resilience:QueryTimeout"] = "00:00:02";
            s["Kis:Resilience:OrderTimeout"] = "00:00:01";
        });
        var price = await PriceAsync(client);
        await sim.AddFaultAsync($$"""{"kind":"timeout","count":1,"delay":"00:00:30","trIds":["{{BuyTr}}"]}""");

        var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 7, price), cancellationToken: Ct);
        var lookup = await client.Trading.FindOrderAsync(Around(Samsung, 7, price), Ct);

        Assert.Equal(OrderOutcome.Unknown, result.Outcome);
        Assert.Null(result.Reply);
        Assert.Equal(1, await sim.CallsAsync(BuyTr));
        Assert.Equal(OrderLookupStatus.NotFound, lookup.Status);
        Assert.Contains(client.Logs.Lines, l => l.Contains("[4020]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionBrokenAfterTheBrokerAccepted_YieldsUnknown_AndFindOrderFindsTheOrder()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, services: s =>
            s.AddHttpClient(Kis.Client.KisConnections.HttpClientName).AddHttpMessageHandler(() => new LoseOrderAnswerHandler()));
        var price = await PriceAsync(client);

        var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 5, price), cancellationToken: Ct);
        var lookup = await client.Trading.FindOrderAsync(Around(Samsung, 5, price), Ct);
        var known = await client.Trading.FindOrderAsync(Around(Samsung, 5, price) with { KnownOrderNumbers = [lookup.Order!.OrderNo] }, Ct);
        var otherQuantity = await client.Trading.FindOrderAsync(Around(Samsung, 6, price), Ct);

        Assert.Equal(OrderOutcome.Unknown, result.Outcome);
        Assert.Equal(1, await sim.CallsAsync(BuyTr));
        Assert.Equal(OrderLookupStatus.Found, lookup.Status);
        Assert.Equal((Samsung, 5L, price, OrderSide.Buy), (lookup.Order.Symbol, lookup.Order.Quantity, lookup.Order.Price, lookup.Order.Side));
        Assert.Matches("^[0-9]{10}$", lookup.Order.OrderNo);
        Assert.Equal(OrderLookupStatus.NotFound, known.Status);
        Assert.Equal(OrderLookupStatus.NotFound, otherQuantity.Status);
    }

    [Fact]
    public async Task TwoIdenticalOrders_MakeTheLookupAmbiguous()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim);
        var price = await PriceAsync(client);
        var request = new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 2, price);

        var first = await client.Trading.PlaceCashOrderAsync(request, cancellationToken: Ct);
        var second = await client.Trading.PlaceCashOrderAsync(request, cancellationToken: Ct);
        var lookup = await client.Trading.FindOrderAsync(Around(Samsung, 2, price), Ct);

        Assert.True(first.IsAccepted && second.IsAccepted);
        Assert.Equal(OrderLookupStatus.Ambiguous, lookup.Status);
        Assert.Equal(2, lookup.Matches.Count);
        Assert.Null(lookup.Order);
    }

    [Fact]
    public async Task Injected500OnAnOrder_IsUnknown_NotRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim);
        var price = await PriceAsync(client);
        await sim.AddFaultAsync($$"""{"kind":"http500","count":1,"trIds":["{{BuyTr}}"]}""");

        var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 1, price), cancellationToken: Ct);

        Assert.Equal(OrderOutcome.Unknown, result.Outcome);
        Assert.Equal(1, await sim.CallsAsync(BuyTr));
    }

    [Fact]
    public async Task BrokerRejection_IsRejectedWithMsgCd_NotRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim);
        var price = await PriceAsync(client);

        // One won above the price is off the tick grid for a stock priced this high: APBK0506.
        var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 1, price + 1), cancellationToken: Ct);

        Assert.Equal(OrderOutcome.Rejected, result.Outcome);
        Assert.Equal("APBK0506", result.MsgCd);
        Assert.Equal("주식주문호가단위 오류입니다.", result.Msg1);
        Assert.Equal(1, await sim.CallsAsync(BuyTr));
    }

    [Fact]
    public async Task InjectedRateLimitOnAnOrder_IsRetried_BecauseTheGatewayRefusedItBeforeTheOrderDesk()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:RateLimit:BackoffDelay"] = "00:00:00.100");
        var price = await PriceAsync(client);
        await sim.AddFaultAsync($$"""{"kind":"http500","msgCd":"EGW00201","msg1":"초당 거래건수를 초과하였습니다.","count":1,"trIds":["{{BuyTr}}"]}""");

        var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 1, price), cancellationToken: Ct);
        var orders = await client.Trading.GetDailyOrdersAsync(new DailyOrderRequest(client.Trading.Account, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)), cancellationToken: Ct).ToListAsync(Ct);

        Assert.Equal(OrderOutcome.Accepted, result.Outcome);
        Assert.Equal(2, await sim.CallsAsync(BuyTr));
        Assert.Single(orders);
    }

    /// <summary>
    /// A network fault on our side of the wire: the order reaches the broker and is answered, but the answer is lost
    /// (connection reset). The simulator has no "answer then drop" fault, so the test injects it in the HTTP pipeline.
    /// </summary>
    private sealed class LoseOrderAnswerHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/order-cash", StringComparison.Ordinal))
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.Dispose();
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset by peer (injected after the broker answered)");
            }

            return response;
        }
    }
}
