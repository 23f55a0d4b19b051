namespace KisTrader.Trading.Money;

/// <summary>
/// The money of one position, built from its fills (immutable; each fill returns a new ledger). Quantity and average
/// price follow the fills, never the orders. The average price is the moving average of buy prices (이동평균법):
/// buys move it, sells do not. Buy commission is part of the cost: a sell realises
/// <c>net proceeds − the sold shares' pro-rata share of the open cost</c>, so realised P&amp;L is net of commission on
/// both sides and of the tax. A partial sell's share of the cost may carry a fraction of a won; once the position is
/// flat, <see cref="RealisedPnL"/> equals net sell proceeds − net buy cost exactly.
/// </summary>
public sealed record PositionLedger
{
    /// <summary>The KRX symbol code.</summary>
    public required string Symbol { get; init; }

    /// <summary>Shares held now.</summary>
    public long Quantity { get; init; }

    /// <summary>Moving-average buy price of the held shares, excluding commission (0 when flat).</summary>
    public decimal AveragePrice { get; init; }

    /// <summary>Net cost (amounts + buy commission) carried by the held shares (0 when flat).</summary>
    public decimal OpenCost { get; init; }

    /// <summary>Shares bought in total.</summary>
    public long BoughtQuantity { get; init; }

    /// <summary>Shares sold in total.</summary>
    public long SoldQuantity { get; init; }

    /// <summary>Gross amount of all buys (Σ price × quantity).</summary>
    public decimal BuyAmount { get; init; }

    /// <summary>Commission paid on buys.</summary>
    public decimal BuyCommission { get; init; }

    /// <summary>Gross amount of all sells.</summary>
    public decimal SellAmount { get; init; }

    /// <summary>Commission paid on sells.</summary>
    public decimal SellCommission { get; init; }

    /// <summary>Transaction tax paid on sells.</summary>
    public decimal SellTax { get; init; }

    /// <summary>Realised P&amp;L net of commission on both sides and tax.</summary>
    public decimal RealisedPnL { get; init; }

    /// <summary>Cash spent on buys: amount + commission.</summary>
    public decimal NetBuyCost => BuyAmount + BuyCommission;

    /// <summary>Cash received from sells: amount − commission − tax.</summary>
    public decimal NetSellProceeds => SellAmount - SellCommission - SellTax;

    /// <summary>True when nothing is held.</summary>
    public bool IsFlat => Quantity == 0;

    /// <summary>Realised P&amp;L ÷ net buy cost: the net return of a closed position (0 before any buy).</summary>
    public decimal NetReturn => NetBuyCost == 0 ? 0 : RealisedPnL / NetBuyCost;

    /// <summary>An empty ledger for a symbol.</summary>
    public static PositionLedger Open(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return new PositionLedger { Symbol = symbol };
    }

    /// <summary>Applies a fill with fees from the cost model.</summary>
    public PositionLedger Apply(Fill fill, CostModel costs)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(costs);
        return fill.Side == OrderSide.Buy
            ? Buy(fill.Quantity, fill.Price, costs.Commission(fill.Amount))
            : Sell(fill.Quantity, fill.Price, costs.Commission(fill.Amount), costs.Tax(fill.Amount));
    }

    /// <summary>Applies a buy fill with the commission actually charged (e.g. from the broker's statement).</summary>
    public PositionLedger Buy(long quantity, decimal price, decimal commission)
    {
        CheckFill(quantity, price);
        ArgumentOutOfRangeException.ThrowIfNegative(commission);
        var amount = price * quantity;
        var held = Quantity + quantity;
        return this with
        {
            Quantity = held,
            AveragePrice = ((AveragePrice * Quantity) + amount) / held,
            OpenCost = OpenCost + amount + commission,
            BoughtQuantity = BoughtQuantity + quantity,
            BuyAmount = BuyAmount + amount,
            BuyCommission = BuyCommission + commission,
        };
    }

    /// <summary>Applies a sell fill with the commission and tax actually charged.</summary>
    public PositionLedger Sell(long quantity, decimal price, decimal commission, decimal tax)
    {
        CheckFill(quantity, price);
        ArgumentOutOfRangeException.ThrowIfNegative(commission);
        ArgumentOutOfRangeException.ThrowIfNegative(tax);
        if (quantity > Quantity)
        {
            throw new InvalidOperationException($"{Symbol}: cannot sell {quantity} shares, only {Quantity} held");
        }

        var amount = price * quantity;
        var held = Quantity - quantity;

        // The last shares take the whole remaining cost, so a closed position has no rounding residue.
        var cost = held == 0 ? OpenCost : OpenCost * quantity / Quantity;
        return this with
        {
            Quantity = held,
            AveragePrice = held == 0 ? 0 : AveragePrice,
            OpenCost = OpenCost - cost,
            SoldQuantity = SoldQuantity + quantity,
            SellAmount = SellAmount + amount,
            SellCommission = SellCommission + commission,
            SellTax = SellTax + tax,
            RealisedPnL = RealisedPnL + (amount - commission - tax - cost),
        };
    }

    /// <summary>The held shares marked at <paramref name="price"/>, with the estimated costs of selling them there.</summary>
    public PositionValuation Valuation(decimal price, CostModel costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        var value = price * Quantity;
        return new PositionValuation(price, Quantity, value, costs.Commission(value), costs.Tax(value), OpenCost);
    }

    private static void CheckFill(long quantity, decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
    }
}
