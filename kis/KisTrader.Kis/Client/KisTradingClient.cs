using System.Runtime.CompilerServices;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KisTrader.Kis.Client;

/// <summary>Orders and account queries over the trading connection.</summary>
internal sealed class KisTradingClient : IKisTrading
{
    private readonly KisConnection _connection;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly bool _legacyTrIds;

    public KisTradingClient(KisConnections connections, TimeProvider clock, ILoggerFactory loggers)
    {
        _connection = connections.Trading;
        _clock = clock;
        _logger = loggers.CreateLogger("KisTrader.Kis.Orders");
        _legacyTrIds = connections.Options.UseLegacyOrderTrIds;
        Account = new KisAccount(connections.Options.AccountNumber!, connections.Options.AccountProductCode);
    }

    public KisAccount Account { get; }

    public Task<OrderResult> PlaceCashOrderAsync(CashOrderRequest request, bool useHashKey = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = request.Endpoint;
        var trId = _legacyTrIds ? LegacyTrId(request.Side == OrderSide.Buy ? "0802U" : "0801U") : _connection.TrId(endpoint);
        return SendOrderAsync(endpoint, trId, request.ToBody(), request.Symbol, useHashKey, cancellationToken);
    }

    public Task<OrderResult> ModifyOrCancelAsync(ModifyCancelRequest request, bool useHashKey = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = KisEndpoints.OrderRvsecncl;
        var trId = _legacyTrIds ? LegacyTrId("0803U") : _connection.TrId(endpoint);
        return SendOrderAsync(endpoint, trId, request.ToBody(), request.OriginalOrderNo, useHashKey, cancellationToken);
    }

    public async Task<KisBalance> GetBalanceAsync(BalanceRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var holdings = new List<Holding>();
        BalanceSummary? summary = null;
        await foreach (var reply in _connection.PagesAsync(KisEndpoints.InquireBalance, request.ToQuery, lane, cancellationToken).ConfigureAwait(false))
        {
            holdings.AddRange(Holding.ParseRows(reply["output1"]));
            summary = BalanceSummary.Parse(reply["output2"]);
        }

        return new KisBalance(holdings, summary!);
    }

    public async IAsyncEnumerable<Holding> GetHoldingsAsync(BalanceRequest request, KisLane lane = KisLane.Account, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await foreach (var reply in _connection.PagesAsync(KisEndpoints.InquireBalance, request.ToQuery, lane, cancellationToken).ConfigureAwait(false))
        {
            foreach (var holding in Holding.ParseRows(reply["output1"]))
            {
                yield return holding;
            }
        }
    }

    public async IAsyncEnumerable<DailyOrder> GetDailyOrdersAsync(DailyOrderRequest request, KisLane lane = KisLane.Account, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = request.EndpointFor(TodayKst());
        await foreach (var reply in _connection.PagesAsync(endpoint, request.ToQuery, lane, cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in DailyOrder.ParseRows(reply["output1"]))
            {
                yield return order;
            }
        }
    }

    public async Task<BuyingPower> GetBuyingPowerAsync(BuyingPowerRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.InquirePsblOrder, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return BuyingPower.Parse(reply["output"]);
    }

    public async IAsyncEnumerable<CancelableOrder> GetCancelableOrdersAsync(CancelableOrdersRequest request, KisLane lane = KisLane.Account, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await foreach (var reply in _connection.PagesAsync(KisEndpoints.InquirePsblRvsecncl, request.ToQuery, lane, cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in CancelableOrder.ParseRows(reply["output"]))
            {
                yield return order;
            }
        }
    }

    public async Task<OrderLookup> FindOrderAsync(OrderSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.To < search.From)
        {
            throw new ArgumentException("OrderSearch.To must not be before From.", nameof(search));
        }

        var from = KisTime.ToKst(search.From);
        var to = KisTime.ToKst(search.To);
        var request = new DailyOrderRequest(Account, DateOnly.FromDateTime(from.DateTime), DateOnly.FromDateTime(to.DateTime))
        {
            Side = search.Side == OrderSide.Buy ? SideFilter.Buy : SideFilter.Sell,
            Symbol = search.Symbol,
        };
        var matches = new List<DailyOrder>();
        // Orders resolve in the Orders lane: an unresolved order blocks trading decisions.
        await foreach (var order in GetDailyOrdersAsync(request, KisLane.Orders, cancellationToken).ConfigureAwait(false))
        {
            if (Matches(order, search, from, to))
            {
                matches.Add(order);
            }
        }

        var status = matches.Count switch
        {
            0 => OrderLookupStatus.NotFound,
            1 => OrderLookupStatus.Found,
            _ => OrderLookupStatus.Ambiguous,
        };
        return new OrderLookup(status, [.. matches.OrderByDescending(o => o.Date).ThenByDescending(o => o.Time)]);
    }

    private static bool Matches(DailyOrder order, OrderSearch search, DateTimeOffset fromKst, DateTimeOffset toKst)
    {
        if (!string.Equals(order.Symbol.Trim(), search.Symbol, StringComparison.Ordinal) || order.Side != search.Side
            || order.Quantity != search.Quantity || order.IsCancel || search.KnownOrderNumbers.Contains(order.OrderNo))
        {
            return false;
        }

        if (search.Price is > 0 && order.Price != search.Price)
        {
            return false;
        }

        // ORD_TMD has whole seconds: widen the window to the second.
        var placed = new DateTimeOffset(order.Date.ToDateTime(order.Time), fromKst.Offset);
        return placed >= fromKst.AddSeconds(-1) && placed <= toKst.AddSeconds(1);
    }

    private async Task<OrderResult> SendOrderAsync(KisEndpoint endpoint, string trId, IReadOnlyDictionary<string, string> body, string subject, bool useHashKey, CancellationToken cancellationToken)
    {
        var sentAt = _clock.GetUtcNow();
        var sent = new StrongBox<bool>();
        var call = new KisCall(endpoint.Name, HttpMethod.Post, endpoint.Path, trId, KisLane.Orders, Body: body, UseHashKey: useHashKey, IsOrder: true);
        KisReply reply;
        try
        {
            reply = await _connection.OrderAsync(call, sent, cancellationToken).ConfigureAwait(false);
        }
        catch (KisAuthenticationException ex)
        {
            return NotSent(endpoint, subject, ex.MsgCd, ex.Msg1, sentAt, ex);
        }
        catch (KisApiException ex) when (!ex.IsServerError)
        {
            // A decision by KIS (rt_cd ≠ 0): the order does not exist at the broker.
            _logger.OrderRejected(endpoint.Name, subject, ex.MsgCd, ex.Msg1);
            return new OrderResult(OrderOutcome.Rejected, null, ex.MsgCd, ex.Msg1, sentAt, ex);
        }
        catch (BrokenCircuitException ex)
        {
            return NotSent(endpoint, subject, "CIRCUIT_OPEN", "KIS circuit is open after repeated failures; the order was not sent", sentAt, ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or KisTransportException or KisApiException or HttpRequestException or OperationCanceledException)
        {
            if (!sent.Value)
            {
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                return NotSent(endpoint, subject, "NOT_SENT", $"the order was not sent ({ex.GetType().Name})", sentAt, ex);
            }

            var reason = ex switch
            {
                TimeoutRejectedException => "timeout",
                KisApiException api => api.MsgCd,
                KisTransportException transport => transport.HttpStatus == 0 ? "connection broken" : $"HTTP {transport.HttpStatus} without envelope",
                OperationCanceledException => "cancelled while in flight",
                _ => "connection broken",
            };
            _logger.OrderOutcomeUnknown(endpoint.Name, subject, reason);
            return new OrderResult(OrderOutcome.Unknown, null, "UNKNOWN", $"order outcome unknown ({reason}); resolve with FindOrder before any retry", sentAt, ex);
        }

        try
        {
            var parsed = OrderReply.Parse(reply["output"]);
            _logger.OrderAccepted(endpoint.Name, subject, parsed.OrderNo);
            return new OrderResult(OrderOutcome.Accepted, parsed, reply.MsgCd, reply.Msg1, sentAt);
        }
        catch (KisParseException ex)
        {
            // rt_cd "0" but no readable order number: it exists; FindOrder recovers the number.
            _logger.OrderOutcomeUnknown(endpoint.Name, subject, "accepted without a readable order number");
            return new OrderResult(OrderOutcome.Unknown, null, reply.MsgCd, reply.Msg1, sentAt, ex);
        }
    }

    private OrderResult NotSent(KisEndpoint endpoint, string subject, string code, string message, DateTimeOffset sentAt, Exception ex)
    {
        _logger.OrderRejected(endpoint.Name, subject, code, message);
        return new OrderResult(OrderOutcome.NotSent, null, code, message, sentAt, ex);
    }

    private string LegacyTrId(string suffix) => (_connection.Credentials.IsPaper ? "VTTC" : "TTTC") + suffix;

    private DateOnly TodayKst() => KisTime.DateOf(_clock.GetUtcNow());
}
