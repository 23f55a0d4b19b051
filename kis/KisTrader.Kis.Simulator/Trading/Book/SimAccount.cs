namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>Cash, holdings, orders and fills of one account (mutable under the trading book's lock).</summary>
internal sealed class SimAccount(AccountRef reference, DateOnly openedOn)
{
    public AccountRef Ref { get; } = reference;

    /// <summary>dnca_tot_amt: settled cash (D+0).</summary>
    public decimal Deposit { get; set; } = reference.StartingCash;

    public List<PendingSettlement> Pending { get; } = [];

    public Dictionary<string, SimHolding> Holdings { get; } = new(StringComparer.Ordinal);

    public List<SimOrder> Orders { get; } = [];

    public List<SimFill> Fills { get; } = [];

    /// <summary>The KST date the "today" counters belong to.</summary>
    public DateOnly BookDate { get; set; } = openedOn;

    public decimal TodayBuyAmount { get; set; }

    public decimal TodaySellAmount { get; set; }

    /// <summary>thdt_tlex_amt: today's commission and tax.</summary>
    public decimal TodayCosts { get; set; }

    public decimal PreviousDayBuyAmount { get; set; }

    public decimal PreviousDaySellAmount { get; set; }

    public decimal PreviousDayCosts { get; set; }

    /// <summary>bfdy_tot_asst_evlu_amt: total asset at the previous day's close (the opening deposit on the first day).</summary>
    public decimal PreviousDayTotalAsset { get; set; } = reference.StartingCash;

    /// <summary>prvs_rcdl_excc_amt: deposit after every pending settlement (D+2).</summary>
    public decimal CashAfterSettlement => Deposit + Pending.Sum(p => p.Amount);

    /// <summary>nxdy_excc_amt: deposit after settlements due by <paramref name="nextTradingDay"/> (D+1).</summary>
    public decimal CashOn(DateOnly nextTradingDay) => Deposit + Pending.Where(p => p.SettlesOn <= nextTradingDay).Sum(p => p.Amount);
}
