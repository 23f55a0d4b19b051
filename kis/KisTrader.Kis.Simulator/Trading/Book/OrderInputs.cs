using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>An order-cash body after key lookup (values still the strings KIS sent).</summary>
internal sealed record CashOrderInput(OrderSide Side, string Code, string OrdDvsn, string OrdQty, string OrdUnpr);

/// <summary>An order-rvsecncl body after key lookup.</summary>
internal sealed record ModifyOrderInput(
    string OriginalOrderNo,
    string OrdDvsn,
    string RvseCnclDvsnCd,
    string OrdQty,
    string OrdUnpr,
    string QtyAllOrdYn);

/// <summary>The answer to an order: accepted (with KRX_FWDG_ORD_ORGNO, ODNO, ORD_TMD) or rejected.</summary>
internal sealed record OrderOutcome(bool Accepted, KisRejection Message, string Branch, string OrderNo, string OrderTime)
{
    public static OrderOutcome Reject(KisRejection rejection) => new(false, rejection, string.Empty, string.Empty, string.Empty);
}
