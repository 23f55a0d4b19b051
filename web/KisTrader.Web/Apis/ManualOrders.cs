using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;

namespace KisTrader.Web.Apis;

/// <summary>Checks a <see cref="ManualOrderRequest"/> and turns it into the <see cref="OrderIntent"/> the order grain places.</summary>
internal static class ManualOrders
{
    public const long MaxQuantity = 1_000_000;
    public const decimal MaxPrice = 100_000_000m;

    /// <summary>The intent, or null with <paramref name="errors"/> keyed by field.</summary>
    public static OrderIntent? Intent(ManualOrderRequest body, DateOnly tradingDate, string accountKey, string requestedBy, string newId, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!GrainKeys.IsSymbol(body.Symbol))
        {
            errors["symbol"] = ["is required: a 6-digit KRX code such as 005930"];
        }

        OrderSide? side = body.Side switch
        {
            "Buy" or "buy" => OrderSide.Buy,
            "Sell" or "sell" => OrderSide.Sell,
            _ => null,
        };
        if (side is null)
        {
            errors["side"] = ["is required: Buy or Sell"];
        }

        OrderKind? kind = body.Kind switch
        {
            null or "Limit" => OrderKind.Limit,
            "Market" => OrderKind.Market,
            "AfterHoursSinglePrice" => OrderKind.AfterHoursSinglePrice,
            _ => null,
        };
        if (kind is null)
        {
            errors["kind"] = ["must be Limit (default), Market or AfterHoursSinglePrice"];
        }

        if (body.Quantity is not (>= 1 and <= MaxQuantity))
        {
            errors["quantity"] = [string.Create(CultureInfo.InvariantCulture, $"is required: whole shares from 1 to {MaxQuantity}")];
        }

        if (kind == OrderKind.Market && body.LimitPrice is not null)
        {
            errors["limitPrice"] = ["must be left out for a market order"];
        }
        else if (kind is not null and not OrderKind.Market && (body.LimitPrice is not { } price || price <= 0 || price > MaxPrice || decimal.Truncate(price) != price))
        {
            errors["limitPrice"] = [string.Create(CultureInfo.InvariantCulture, $"is required for a {kind} order: whole won from 1 to {MaxPrice} (on the KRX tick grid)")];
        }

        var reason = body.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 100 || reason.Any(char.IsControl))
        {
            errors["reason"] = ["is required: 1 to 100 characters without control characters"];
        }

        var requestId = body.RequestId ?? newId;
        if (requestId.Length is 0 or > 32 || !requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["requestId"] = ["must be 1 to 32 ASCII letters, digits, '-' or '_'"];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var id = GrainKeys.Order(string.Create(CultureInfo.InvariantCulture, $"manual/{tradingDate:yyyy-MM-dd}/{requestId}"));
        return new OrderIntent(id, tradingDate, accountKey, body.Symbol!, side!.Value, kind!.Value, body.Quantity!.Value,
            kind == OrderKind.Market ? null : body.LimitPrice, OrderPurpose.Manual, OwnerKey: null, reason, requestedBy);
    }
}
