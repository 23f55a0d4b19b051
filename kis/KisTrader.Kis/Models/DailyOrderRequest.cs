namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-daily-ccld: orders and their fills between two dates, paged with CTX_AREA_FK100/NK100. KIS serves the last
/// three months and older orders with different TR IDs: pick with <see cref="EndpointFor"/>, and split a range that
/// crosses the three-month line into two requests.
/// </summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="From">INQR_STRT_DT.</param>
/// <param name="To">INQR_END_DT.</param>
public sealed record DailyOrderRequest(KisAccount Account, DateOnly From, DateOnly To)
{
    /// <summary>SLL_BUY_DVSN_CD filter.</summary>
    public SideFilter Side { get; init; } = SideFilter.All;

    /// <summary>PDNO filter ("" all symbols).</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>CCLD_DVSN filter.</summary>
    public FillFilter Fill { get; init; } = FillFilter.All;

    /// <summary>INQR_DVSN: false 00 역순 (newest first, the default), true 01 정순.</summary>
    public bool Ascending { get; init; }

    /// <summary>ODNO filter ("" all orders).</summary>
    public string OrderNo { get; init; } = string.Empty;

    /// <summary>EXCG_ID_DVSN_CD, sent only when set.</summary>
    public string? ExchangeId { get; init; }

    /// <summary>
    /// <see cref="KisEndpoints.DailyCcld"/> when <see cref="From"/> is within three months of <paramref name="todayKst"/>,
    /// <see cref="KisEndpoints.DailyCcldOld"/> when the whole range is older.
    /// </summary>
    /// <exception cref="ArgumentException">The range crosses the three-month line.</exception>
    public KisEndpoint EndpointFor(DateOnly todayKst)
    {
        var line = todayKst.AddMonths(-3);
        if (From >= line)
        {
            return KisEndpoints.DailyCcld;
        }

        return To < line
            ? KisEndpoints.DailyCcldOld
            : throw new ArgumentException($"The range {From:yyyy-MM-dd}..{To:yyyy-MM-dd} crosses the three-month line {line:yyyy-MM-dd}; split it into two requests.", nameof(todayKst));
    }

    /// <param name="ctxAreaFk">ctx_area_fk100 of the previous page ("" on the first call).</param>
    /// <param name="ctxAreaNk">ctx_area_nk100 of the previous page ("" on the first call).</param>
    public IReadOnlyDictionary<string, string> ToQuery(string ctxAreaFk = "", string ctxAreaNk = "")
    {
        ArgumentNullException.ThrowIfNull(Account);
        KisRequestChecks.Range(From, To, nameof(From));
        if (Symbol.Length > 0)
        {
            KisRequestChecks.Symbol(Symbol, nameof(Symbol));
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(query);
        query["INQR_STRT_DT"] = KisTime.FormatDate(From);
        query["INQR_END_DT"] = KisTime.FormatDate(To);
        query["SLL_BUY_DVSN_CD"] = Side.ToCode();
        query["INQR_DVSN"] = Ascending ? "01" : "00";
        query["PDNO"] = Symbol;
        query["CCLD_DVSN"] = Fill.ToCode();
        query["ORD_GNO_BRNO"] = string.Empty;
        query["ODNO"] = OrderNo;
        query["INQR_DVSN_3"] = "00";
        query["INQR_DVSN_1"] = string.Empty;
        query["CTX_AREA_FK100"] = ctxAreaFk ?? string.Empty;
        query["CTX_AREA_NK100"] = ctxAreaNk ?? string.Empty;
        if (!string.IsNullOrEmpty(ExchangeId))
        {
            query["EXCG_ID_DVSN_CD"] = ExchangeId;
        }

        return query;
    }
}
