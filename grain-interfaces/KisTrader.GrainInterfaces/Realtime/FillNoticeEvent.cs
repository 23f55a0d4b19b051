using KisTrader.Trading.Money;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// One item of the stream <c>fills/&lt;account key&gt;</c> (<see cref="StreamIds.Fills"/>): a broker 체결통보
/// (H0STCNI0 real / H0STCNI9 paper) of that account, published in the order the session received it, never dropped, and
/// once even when KIS delivered it again on a later connection. Carries no full account number: the stream key is
/// <see cref="GrainKeys.Account"/> and <see cref="Account"/> is masked.
/// </summary>
/// <param name="AccountKey">The account's grain key (the stream key).</param>
/// <param name="Account">The masked account, <c>1234****-01</c>.</param>
/// <param name="Kind">Receipt, fill or rejection.</param>
/// <param name="TrId">H0STCNI0 or H0STCNI9.</param>
/// <param name="OrderNumber">주문번호 (ODER_NO) as sent, zero-padded.</param>
/// <param name="OriginalOrderNumber">원주문번호 of a modification or cancellation; empty for a new order.</param>
/// <param name="Side">Buy or sell; null when KIS sent an unknown code.</param>
/// <param name="ModifyCode">정정구분 (RCTF_CLS): 0 new, 1 modification, 2 cancellation.</param>
/// <param name="OrderType">ORD_DVSN code of the order (00 limit, 01 market, …).</param>
/// <param name="AcceptanceCode">ACPT_YN: 1 accepted, 2 confirmed, 3 cancelled by the exchange (IOC/FOK rest).</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="StockName">The listing's name as KIS sent it.</param>
/// <param name="Quantity">Fill: executed quantity. Receipt and rejection: the order quantity.</param>
/// <param name="Price">Fill: execution price. Receipt and rejection: the order price.</param>
/// <param name="OrderQuantity">The order's quantity.</param>
/// <param name="OrderPrice">The order's price.</param>
/// <param name="At">Exchange instant: the KST date of receipt with the notice's HHMMSS.</param>
/// <param name="ReceivedAt">When the silo's KIS client received it (UTC).</param>
/// <param name="Identity">The notice's identity (order number, kind, codes, quantity, price, time): a notice KIS sends again on a later connection has the same one.</param>
/// <param name="Sequence">Publication order on this account's stream within the publishing activation (1, 2, …).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.FillNoticeEvent")]
public sealed record FillNoticeEvent(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] string Account,
    [property: Id(2)] FillNoticeKind Kind,
    [property: Id(3)] string TrId,
    [property: Id(4)] string OrderNumber,
    [property: Id(5)] string OriginalOrderNumber,
    [property: Id(6)] OrderSide? Side,
    [property: Id(7)] string ModifyCode,
    [property: Id(8)] string OrderType,
    [property: Id(9)] string AcceptanceCode,
    [property: Id(10)] string Symbol,
    [property: Id(11)] string StockName,
    [property: Id(12)] long Quantity,
    [property: Id(13)] decimal Price,
    [property: Id(14)] long OrderQuantity,
    [property: Id(15)] decimal OrderPrice,
    [property: Id(16)] DateTimeOffset At,
    [property: Id(17)] DateTimeOffset ReceivedAt,
    [property: Id(18)] string Identity,
    [property: Id(19)] long Sequence);
