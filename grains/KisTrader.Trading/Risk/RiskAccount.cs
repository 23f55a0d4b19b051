namespace KisTrader.Trading.Risk;

/// <summary>The account's figures a buy is checked against (the broker's, asked just before the order).</summary>
/// <param name="OrderableCash">주문가능현금 (inquire-psbl-order ord_psbl_cash).</param>
/// <param name="HeldQuantity">Shares of the order's symbol held now (inquire-balance hldg_qty).</param>
public sealed record RiskAccount(decimal OrderableCash, long HeldQuantity);
