using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>The one mapping between an order's intent and state and the KIS client's requests, lookups and the view.</summary>
internal static class OrderMapping
{
    /// <summary>ORD_DVSN of an order kind: 00 limit, 01 market, 07 after-hours single price.</summary>
    public static OrderDivision Division(OrderKind kind) => kind switch
    {
        OrderKind.Limit => OrderDivision.Limit,
        OrderKind.Market => OrderDivision.Market,
        OrderKind.AfterHoursSinglePrice => OrderDivision.AfterHoursSinglePrice,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown order kind"),
    };

    /// <summary>The journal id of a client order id: the same id always gives the same row.</summary>
    public static Guid JournalId(string clientOrderId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("KisTrader.Order/" + clientOrderId));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static CashOrderRequest CashOrder(OrderIntent intent, KisAccount account) =>
        new(account, intent.Side.ToKis(), intent.Symbol, Division(intent.Kind), intent.Quantity, intent.Kind == OrderKind.Market ? 0m : intent.LimitPrice ?? 0m);

    public static OrderSearch Search(OrderIntent intent, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> known) =>
        new(intent.Symbol, intent.Side.ToKis(), intent.Quantity, intent.Kind == OrderKind.Market ? null : intent.LimitPrice, from, to)
        {
            KnownOrderNumbers = known,
        };

    public static LookupStatus Status(OrderLookupStatus status) => status switch
    {
        OrderLookupStatus.Found => LookupStatus.Found,
        OrderLookupStatus.NotFound => LookupStatus.NotFound,
        _ => LookupStatus.Ambiguous,
    };

    public static OrderFillLedger Ledger(OrderGrainState s) =>
        new(s.Fills.Select(f => f.ToLedger()), s.Tallies.Select(t => t.ToLedger()), s.AbsorbedKeys);

    public static void Store(OrderGrainState s, OrderFillLedger ledger)
    {
        s.Fills = [.. ledger.Fills.Select(OrderFillState.From)];
        s.Tallies = [.. ledger.Tallies.Select(OrderTallyState.From)];
        s.AbsorbedKeys = [.. ledger.AbsorbedKeys];
    }

    public static OrderFillView View(LedgerFill f) => new(f.Key, f.Quantity, f.Price, f.At, f.FromPolling);

    public static OrderView View(OrderGrainState s)
    {
        var fills = s.Fills.Select(f => View(f.ToLedger())).ToImmutableArray();
        var quantity = s.Fills.Sum(f => f.Quantity);
        var amount = s.Fills.Sum(f => f.Amount);
        return new OrderView(
            s.Intent, s.State, s.LiveOrderNumber ?? s.OrderNumber, s.OrgNumber, quantity,
            quantity == 0 ? null : amount / quantity, fills, s.Submissions, s.MessageCode, s.Message, s.UpdatedAt);
    }

    /// <summary>The instant of a daily-ccld row's last fill (infm_tmd), when the broker sent it.</summary>
    public static DateTimeOffset? LastFillAt(DailyOrder row) => row.LastFillTime is { } t ? KisTime.ToInstant(row.Date, t) : null;
}
