using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>One holding as inquire-balance shows it (values, formatted by the endpoint).</summary>
internal sealed record HoldingRow(
    string Code,
    string Name,
    long PreviousDayBuyQuantity,
    long PreviousDaySellQuantity,
    long TodayBuyQuantity,
    long TodaySellQuantity,
    long Quantity,
    long OrderableQuantity,
    decimal AveragePrice,
    decimal PurchaseAmount,
    decimal CurrentPrice,
    decimal BasePrice);

/// <summary>inquire-balance output2 values.</summary>
internal sealed record BalanceSummary(
    decimal Deposit,
    decimal NextDayCash,
    decimal CashAfterSettlement,
    decimal PreviousDayBuyAmount,
    decimal TodayBuyAmount,
    decimal PreviousDaySellAmount,
    decimal TodaySellAmount,
    decimal PreviousDayCosts,
    decimal TodayCosts,
    decimal PreviousDayTotalAsset);

/// <summary>inquire-balance: every listed holding (ordered by code) and the summary.</summary>
internal sealed record BalanceView(IReadOnlyList<HoldingRow> Rows, BalanceSummary Summary);

/// <summary>One order row as inquire-daily-ccld and inquire-psbl-rvsecncl show it.</summary>
internal sealed record OrderRow(
    DateOnly Date,
    string Branch,
    string OrderNo,
    string OriginalOrderNo,
    OrderAction Action,
    OrderSide Side,
    string Code,
    string Name,
    long Quantity,
    decimal Price,
    DateTimeOffset PlacedAt,
    long FilledQuantity,
    decimal FilledAmount,
    long RemainingQuantity,
    long CancelConfirmedQuantity,
    OrderType Type,
    DateTimeOffset? LastFillAt,
    decimal Costs)
{
    public decimal AverageFillPrice => FilledQuantity == 0 ? 0m : FilledAmount / FilledQuantity;
}

/// <summary>inquire-psbl-order values.</summary>
/// <param name="OrderableCash">ord_psbl_cash: cash after settlement minus open buy reservations.</param>
/// <param name="ReusableAmount">ruse_psbl_amt: today's net sell proceeds (already inside the orderable cash).</param>
/// <param name="CalculationPrice">psbl_qty_calc_unpr: the entered price, or the upper limit for market-like types.</param>
/// <param name="NoMarginAmount">nrcvb_buy_amt: what the orderable cash buys after commission.</param>
/// <param name="NoMarginQuantity">nrcvb_buy_qty.</param>
internal sealed record BuyingPowerView(decimal OrderableCash, decimal ReusableAmount, decimal CalculationPrice, decimal NoMarginAmount, long NoMarginQuantity);
