namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>SLL_BUY_DVSN_CD / SELN_BYOV_CLS: 01 sell, 02 buy.</summary>
internal enum OrderSide
{
    Sell = 1,
    Buy = 2,
}

internal static class OrderSideExtensions
{
    public static string Code(this OrderSide side) => side == OrderSide.Sell ? "01" : "02";
}
