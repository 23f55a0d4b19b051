using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// <c>output</c> of order-cash (upper-case keys) and order-rvsecncl (lower-case keys): the exchange routing branch and
/// the order number. Keep <see cref="OrderNo"/> as the string it is (leading zeros matter when modifying or cancelling).
/// </summary>
public sealed record OrderReply
{
    /// <summary>KRX_FWDG_ORD_ORGNO (한국거래소전송주문조직번호, e.g. "06010"): needed to modify or cancel.</summary>
    public required string OrgNo { get; init; }

    /// <summary>ODNO (주문번호, e.g. "0000002101"); for order-rvsecncl the new order number.</summary>
    public required string OrderNo { get; init; }

    /// <summary>ORD_TMD (KST).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>Parses the <c>output</c> of order-cash.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static OrderReply Parse(JsonElement output) => Parse(output, KisEndpoints.OrderCashBuy.Name);

    /// <summary>Parses an order reply, naming <paramref name="endpointName"/> ("order-cash" or "order-rvsecncl") in errors.</summary>
    /// <exception cref="KisParseException">A required field is missing, empty or malformed.</exception>
    public static OrderReply Parse(JsonElement output, string endpointName)
    {
        var f = KisFields.Of(output, endpointName, "output");
        var orderNo = f.Text("ODNO");
        if (orderNo.Length == 0)
        {
            throw f.Malformed("ODNO", orderNo, "an order number");
        }

        return new OrderReply
        {
            OrgNo = f.Text("KRX_FWDG_ORD_ORGNO"),
            OrderNo = orderNo,
            Time = f.Time("ORD_TMD"),
        };
    }
}
