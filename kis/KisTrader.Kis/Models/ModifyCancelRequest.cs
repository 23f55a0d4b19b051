namespace KisTrader.Kis.Models;

/// <summary>
/// order-rvsecncl (POST): modify or cancel an open order. <see cref="OriginalOrderNo"/> keeps its leading zeros
/// ("0000002101"). With <see cref="AllQuantity"/> the whole remainder is affected and ORD_QTY is sent as "0".
/// A cancel sends ORD_UNPR "0"; a modify needs the new price (or 0 for a priceless division).
/// </summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="OrgNo">KRX_FWDG_ORD_ORGNO from the order reply (e.g. "06010").</param>
/// <param name="OriginalOrderNo">ORGN_ODNO: the order to change.</param>
/// <param name="Kind">RVSE_CNCL_DVSN_CD.</param>
/// <param name="Division">ORD_DVSN of the (new) order.</param>
/// <param name="Quantity">ORD_QTY (ignored when <paramref name="AllQuantity"/>).</param>
/// <param name="Price">ORD_UNPR (won).</param>
/// <param name="AllQuantity">QTY_ALL_ORD_YN.</param>
public sealed record ModifyCancelRequest(
    KisAccount Account, string OrgNo, string OriginalOrderNo, ModifyCancelKind Kind, OrderDivision Division, long Quantity, decimal Price, bool AllQuantity)
{
    /// <summary>EXCG_ID_DVSN_CD, sent only when set.</summary>
    public string? ExchangeId { get; init; }

    /// <summary>Cancels the whole remainder of an order (the usual cancel).</summary>
    public static ModifyCancelRequest CancelAll(KisAccount account, string orgNo, string originalOrderNo, OrderDivision division = OrderDivision.Limit) =>
        new(account, orgNo, originalOrderNo, ModifyCancelKind.Cancel, division, 0, 0, AllQuantity: true);

    public IReadOnlyDictionary<string, string> ToBody()
    {
        ArgumentNullException.ThrowIfNull(Account);
        ArgumentException.ThrowIfNullOrWhiteSpace(OrgNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(OriginalOrderNo);
        if (!AllQuantity && Quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "ORD_QTY must be positive unless the whole remainder is changed.");
        }

        if (Kind == ModifyCancelKind.Modify)
        {
            CashOrderRequest.CheckPrice(Division, Price);
        }

        var body = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(body);
        body["KRX_FWDG_ORD_ORGNO"] = OrgNo;
        body["ORGN_ODNO"] = OriginalOrderNo;
        body["ORD_DVSN"] = Division.ToCode();
        body["RVSE_CNCL_DVSN_CD"] = Kind.ToCode();
        body["ORD_QTY"] = AllQuantity ? "0" : KisRequestChecks.Count(Quantity);
        body["ORD_UNPR"] = Kind == ModifyCancelKind.Cancel ? "0" : KisRequestChecks.Won(Price, nameof(Price));
        body["QTY_ALL_ORD_YN"] = KisRequestChecks.YesNo(AllQuantity);
        if (!string.IsNullOrEmpty(ExchangeId))
        {
            body["EXCG_ID_DVSN_CD"] = ExchangeId;
        }

        return body;
    }
}
