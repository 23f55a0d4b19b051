namespace KisTrader.Kis.Models;

/// <summary>
/// order-cash (POST): a cash buy or sell. <see cref="Price"/> must be 0 for the divisions without a price (01 market,
/// 03/04, 05/06 closing-price sessions, 13–16) and a positive whole won otherwise; the body is checked when built.
/// </summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="Side">Buy (TR TTTC0012U) or sell (TTTC0011U).</param>
/// <param name="Symbol">PDNO.</param>
/// <param name="Division">ORD_DVSN.</param>
/// <param name="Quantity">ORD_QTY (shares, &gt; 0).</param>
/// <param name="Price">ORD_UNPR (won).</param>
public sealed record CashOrderRequest(KisAccount Account, OrderSide Side, string Symbol, OrderDivision Division, long Quantity, decimal Price)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    /// <summary>EXCG_ID_DVSN_CD (KRX/NXT/SOR), sent only when set (older hosts and samples send six keys only).</summary>
    public string? ExchangeId { get; init; }

    /// <summary>The buy or sell endpoint.</summary>
    public KisEndpoint Endpoint => Side == OrderSide.Buy ? KisEndpoints.OrderCashBuy : KisEndpoints.OrderCashSell;

    /// <summary>ORD_DVSN codes that carry no price (ORD_UNPR "0").</summary>
    public static bool IsPriceless(OrderDivision division) => division is OrderDivision.Market or OrderDivision.BestLimit
        or OrderDivision.PriorityLimit or OrderDivision.PreMarketClosingPrice or OrderDivision.AfterMarketClosingPrice
        or OrderDivision.IocMarket or OrderDivision.FokMarket or OrderDivision.IocBest or OrderDivision.FokBest;

    /// <summary>CANO, ACNT_PRDT_CD, PDNO, ORD_DVSN, ORD_QTY, ORD_UNPR (+ EXCG_ID_DVSN_CD), all strings.</summary>
    public IReadOnlyDictionary<string, string> ToBody()
    {
        ArgumentNullException.ThrowIfNull(Account);
        if (Quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "ORD_QTY must be positive.");
        }

        CheckPrice(Division, Price);
        var body = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(body);
        body["PDNO"] = Symbol;
        body["ORD_DVSN"] = Division.ToCode();
        body["ORD_QTY"] = KisRequestChecks.Count(Quantity);
        body["ORD_UNPR"] = KisRequestChecks.Won(Price, nameof(Price));
        if (!string.IsNullOrEmpty(ExchangeId))
        {
            body["EXCG_ID_DVSN_CD"] = ExchangeId;
        }

        return body;
    }

    internal static void CheckPrice(OrderDivision division, decimal price)
    {
        if (IsPriceless(division) && price != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, $"ORD_DVSN {division.ToCode()} ({division}) takes no price: ORD_UNPR must be 0.");
        }

        if (!IsPriceless(division) && price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, $"ORD_DVSN {division.ToCode()} ({division}) needs a positive ORD_UNPR.");
        }
    }
}
