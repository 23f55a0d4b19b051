namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-psbl-order: how much cash and how many shares can be bought. KIS advises ORD_DVSN 01 to get a quantity that
/// honours the stock's margin rate; <see cref="BuyingPower.NoMarginQuantity"/> is the quantity without borrowing.
/// </summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="Symbol">PDNO.</param>
/// <param name="Price">ORD_UNPR (won; 0 with a market division).</param>
/// <param name="Division">ORD_DVSN.</param>
public sealed record BuyingPowerRequest(KisAccount Account, string Symbol, decimal Price, OrderDivision Division = OrderDivision.Limit)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    public IReadOnlyDictionary<string, string> ToQuery()
    {
        ArgumentNullException.ThrowIfNull(Account);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(query);
        query["PDNO"] = Symbol;
        query["ORD_UNPR"] = KisRequestChecks.Won(Price, nameof(Price));
        query["ORD_DVSN"] = Division.ToCode();
        query["CMA_EVLU_AMT_ICLD_YN"] = "N";
        query["OVRS_ICLD_YN"] = "N";
        return query;
    }
}
