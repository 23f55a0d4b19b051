namespace KisTrader.Trading.Statistics;

/// <summary>
/// Where an overnight trade's move came from, in three legs that add up exactly to the gross move from the Day-1 close
/// to the exit. For a trade of Q shares with buy amount B (Σ price × quantity of the buys, so the entry price is
/// E = B ÷ Q), sell amount S (exit price X = S ÷ Q), Day-1 close C and Day-2 open O, in KRW:
/// <list type="bullet">
/// <item><see cref="EntryLeg"/> = B − C·Q = (E − C)·Q: the after-hours entry, what buying after hours paid over (or
/// under) the close — positive when the price rose before the buy.</item>
/// <item><see cref="GapLeg"/> = O·Q − B = (O − E)·Q: the overnight gap from the entry to the next day's first price.</item>
/// <item><see cref="NextDayLeg"/> = S − O·Q = (X − O)·Q: the next-day move from the open to the exits.</item>
/// <item><see cref="GrossLeg"/> = S − C·Q = EntryLeg + GapLeg + NextDayLeg, exactly (sums of products of decimals).</item>
/// </list>
/// The trade's own gross P&amp;L is GapLeg + NextDayLeg (S − B); <see cref="Costs"/> = S − B − net P&amp;L (commission
/// on both sides and tax), so GapLeg + NextDayLeg − Costs = <see cref="NetPnL"/>, exactly. The ratios divide each leg by
/// the position's value at the Day-1 close, <see cref="CloseValue"/> = C·Q (for one trade: (E − C) ÷ C, (O − E) ÷ C,
/// (X − O) ÷ C, (X − C) ÷ C). <see cref="NextDayMove"/> is taken as GrossMove − EntryMove − GapMove, so the three ratios
/// also add up exactly to <see cref="GrossMove"/>; it differs from NextDayLeg ÷ CloseValue only in the last (28th)
/// decimal digit, when the division does not terminate. A period's attribution sums the legs and close values of its
/// trades, so its ratios are weighted by position value at the close. A trade without a Day-1 close or a Day-2 open
/// cannot be split: it is counted in <see cref="Unattributed"/> and in nothing else.
/// </summary>
public sealed record ReturnAttribution
{
    /// <summary>Nothing attributed.</summary>
    public static ReturnAttribution Empty { get; } = new();

    /// <summary>Trades split into the three legs.</summary>
    public int Trades { get; init; }

    /// <summary>Trades left out: no Day-1 close or no Day-2 open recorded.</summary>
    public int Unattributed { get; init; }

    /// <summary>Σ Day-1 close × quantity of the attributed trades (KRW): the ratios' denominator.</summary>
    public decimal CloseValue { get; init; }

    /// <summary>Σ (entry price − Day-1 close) × quantity (KRW).</summary>
    public decimal EntryLeg { get; init; }

    /// <summary>Σ (Day-2 open − entry price) × quantity (KRW).</summary>
    public decimal GapLeg { get; init; }

    /// <summary>Σ (exit price − Day-2 open) × quantity (KRW).</summary>
    public decimal NextDayLeg { get; init; }

    /// <summary>Σ commission and tax of the attributed trades (KRW).</summary>
    public decimal Costs { get; init; }

    /// <summary>Σ net P&amp;L of the attributed trades (KRW) = GapLeg + NextDayLeg − Costs.</summary>
    public decimal NetPnL { get; init; }

    /// <summary>EntryLeg + GapLeg + NextDayLeg: the move from the Day-1 close to the exits (KRW).</summary>
    public decimal GrossLeg => EntryLeg + GapLeg + NextDayLeg;

    /// <summary>EntryLeg ÷ CloseValue; null when nothing is attributed.</summary>
    public decimal? EntryMove => CloseValue == 0 ? null : EntryLeg / CloseValue;

    /// <summary>GapLeg ÷ CloseValue; null when nothing is attributed.</summary>
    public decimal? GapMove => CloseValue == 0 ? null : GapLeg / CloseValue;

    /// <summary>GrossMove − EntryMove − GapMove (≈ NextDayLeg ÷ CloseValue); null when nothing is attributed.</summary>
    public decimal? NextDayMove => GrossMove - EntryMove - GapMove;

    /// <summary>GrossLeg ÷ CloseValue; null when nothing is attributed.</summary>
    public decimal? GrossMove => CloseValue == 0 ? null : GrossLeg / CloseValue;

    /// <summary>The attribution of one closed trade (<see cref="Unattributed"/> = 1 when its close or open is missing).</summary>
    public static ReturnAttribution Of(ClosedTrade trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (trade.Day1Close is not { } close || trade.Day2Open is not { } open)
        {
            return new ReturnAttribution { Unattributed = 1 };
        }

        var quantity = trade.Entries.Sum(f => f.Quantity);
        var bought = trade.Entries.Sum(f => f.Amount);
        var sold = trade.Exits.Sum(e => e.Fill.Amount);
        return new ReturnAttribution
        {
            Trades = 1,
            CloseValue = close * quantity,
            EntryLeg = bought - (close * quantity),
            GapLeg = (open * quantity) - bought,
            NextDayLeg = sold - (open * quantity),
            Costs = sold - bought - trade.NetPnL,
            NetPnL = trade.NetPnL,
        };
    }

    /// <summary>The attribution of several trades: counts and KRW legs summed.</summary>
    public static ReturnAttribution Of(IEnumerable<ClosedTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        return trades.Select(Of).Aggregate(Empty, (a, b) => a + b);
    }

    /// <summary>Sums two attributions.</summary>
    public static ReturnAttribution operator +(ReturnAttribution a, ReturnAttribution b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new ReturnAttribution
        {
            Trades = a.Trades + b.Trades,
            Unattributed = a.Unattributed + b.Unattributed,
            CloseValue = a.CloseValue + b.CloseValue,
            EntryLeg = a.EntryLeg + b.EntryLeg,
            GapLeg = a.GapLeg + b.GapLeg,
            NextDayLeg = a.NextDayLeg + b.NextDayLeg,
            Costs = a.Costs + b.Costs,
            NetPnL = a.NetPnL + b.NetPnL,
        };
    }

    /// <summary>Sums two attributions (the named form of +).</summary>
    public static ReturnAttribution Add(ReturnAttribution left, ReturnAttribution right) => left + right;
}
