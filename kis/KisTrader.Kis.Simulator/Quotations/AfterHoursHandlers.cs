using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// 시간외 단일가 quotations: inquire-overtime-price (FHPST02300000), inquire-overtime-asking-price (FHPST02300400),
/// inquire-time-overtimeconclusion (FHPST02310000) and inquire-daily-overtimeprice (FHPST02320000).
/// </summary>
internal static class AfterHoursHandlers
{
    /// <summary>Rows per inquire-daily-overtimeprice call.</summary>
    public const int DailyRows = 30;

    /// <summary>Price levels of inquire-overtime-asking-price (the after-hours book has 9; level 10 is empty).</summary>
    public const int AskingLevels = 10;

    public static QuotationReply OvertimePrice(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (!Load(market, query, now, out var listing, out var ah, out var error))
        {
            return error!;
        }

        var row = new KisRow(35)
            .Add("bstp_kor_isnm", listing.SectorName)
            .Add("mang_issu_cls_name", listing.Administrative ? "관리종목" : "");
        AddState(row, ah);
        row.Rate("marg_rate", ListingFacts.MarginRate(listing));
        AddExpected(row, ah, "ovtm_untp_antc_cnqn");
        row.Add("crdt_able_yn", KisFormat.YesNo(ListingFacts.CreditAble(listing)))
            .Add("new_lstn_cls_name", "")
            .Add("sltr_yn", "N")
            .Add("mang_issu_yn", KisFormat.YesNo(listing.Administrative))
            .Add("mrkt_warn_cls_code", ListingFacts.WarningCode(listing))
            .Add("trht_yn", KisFormat.YesNo(listing.Halted))
            .Add("vlnt_deal_cls_name", "")
            .Add("ovtm_untp_sdpr", ah.BasePrice)
            .Add("mrkt_warn_cls_name", ListingFacts.WarningName(listing))
            .Add("revl_issu_reas_name", "")
            .Add("insn_pbnt_yn", "N")
            .Add("flng_cls_name", "")
            .Add("rprs_mrkt_kor_name", ListingFacts.MarketName(listing))
            .Add("ovtm_vi_cls_code", "N")
            .Add("bidp", ah.Book.Bids.IsEmpty ? 0 : ah.Book.Bids[0].Price)
            .Add("askp", ah.Book.Asks.IsEmpty ? 0 : ah.Book.Asks[0].Price);
        return QuotationReply.Output(row);
    }

    public static QuotationReply OvertimeAskingPrice(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (!Load(market, query, now, out var listing, out var ah, out var error))
        {
            return error!;
        }

        var book = ah.Book;
        var regular = market.Book(listing.Code, now);
        var row = new KisRow(80).Add("ovtm_untp_last_hour", KisFormat.Time(ah.LastMatchAt ?? now));
        for (var k = 0; k < AskingLevels; k++)
        {
            row.Add($"ovtm_untp_askp{k + 1}", k < book.Asks.Length ? book.Asks[k].Price : 0);
        }

        for (var k = 0; k < AskingLevels; k++)
        {
            row.Add($"ovtm_untp_bidp{k + 1}", k < book.Bids.Length ? book.Bids[k].Price : 0);
        }

        for (var k = 0; k < AskingLevels; k++)
        {
            row.Add($"ovtm_untp_askp_icdc{k + 1}", 0);
        }

        for (var k = 0; k < AskingLevels; k++)
        {
            row.Add($"ovtm_untp_bidp_icdc{k + 1}", 0);
        }

        for (var k = 0; k < AskingLevels; k++)
        {
            row.Add($"ovtm_untp_askp_rsqn{k + 1}", k < book.Asks.Length ? book.Asks[k].Quantity : 0);
        }

        for (var k = 0; k < AskingLevels; k++)
        {
            // KIS spells level 2 "ovtm_untp_bidp_rsqn" (no digit); clients parse that name, so keep it.
            row.Add(k == 1 ? "ovtm_untp_bidp_rsqn" : $"ovtm_untp_bidp_rsqn{k + 1}", k < book.Bids.Length ? book.Bids[k].Quantity : 0);
        }

        row.Add("ovtm_untp_total_askp_rsqn", book.TotalAskQuantity)
            .Add("ovtm_untp_total_bidp_rsqn", book.TotalBidQuantity)
            .Add("ovtm_untp_total_askp_rsqn_icdc", 0)
            .Add("ovtm_untp_total_bidp_rsqn_icdc", 0)
            .Add("ovtm_untp_ntby_bidp_rsqn", book.TotalBidQuantity - book.TotalAskQuantity)
            .Add("total_askp_rsqn", regular?.TotalAskQuantity ?? 0)
            .Add("total_bidp_rsqn", regular?.TotalBidQuantity ?? 0)
            .Add("total_askp_rsqn_icdc", 0)
            .Add("total_bidp_rsqn_icdc", 0)
            .Add("ovtm_total_askp_rsqn", 0)
            .Add("ovtm_total_bidp_rsqn", 0)
            .Add("ovtm_total_askp_icdc", 0)
            .Add("ovtm_total_bidp_icdc", 0);
        return QuotationReply.Output(row);
    }

    public static QuotationReply TimeOvertimeConclusion(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (!Load(market, query, now, out var listing, out var ah, out var error))
        {
            return error!;
        }

        var summary = new KisRow(18);
        AddState(summary, ah);
        AddExpected(summary, ah, "ovtm_untp_antc_vol");
        summary.Add("uplm_sign", "1").Add("lslm_sign", "4");

        var auctions = market.AfterHoursAuctions(listing.Code, ah.Date, now);
        var rows = new List<KisRow>();
        long cumulative = auctions.Sum(a => a.Volume);
        for (var k = auctions.Count - 1; k >= 0; k--)
        {
            var a = auctions[k];
            if (a.Volume > 0)
            {
                var tick = PriceGrid.Tick((long)a.Price, listing.EtfTick);
                rows.Add(new KisRow(9)
                    .Add("stck_cntg_hour", KisFormat.Time(a.At))
                    .Add("stck_prpr", a.Price)
                    .Add("prdy_vrss", a.Price - ah.BasePrice)
                    .Add("prdy_vrss_sign", KisFormat.Sign(a.Price, ah.BasePrice, ah.UpperLimit, ah.LowerLimit))
                    .Rate("prdy_ctrt", KisFormat.Percent(a.Price - ah.BasePrice, ah.BasePrice))
                    .Add("askp", Math.Min(a.Price + tick, ah.UpperLimit))
                    .Add("bidp", a.Price)
                    .Add("acml_vol", cumulative)
                    .Add("cntg_vol", a.Volume));
            }

            cumulative -= a.Volume;
        }

        return QuotationReply.Pair(summary, rows);
    }

    public static QuotationReply DailyOvertimePrice(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (!Load(market, query, now, out var listing, out var ah, out var error))
        {
            return error!;
        }

        var summary = new KisRow(16);
        AddState(summary, ah);
        AddExpected(summary, ah, "ovtm_untp_antc_vol");

        var today = market.CurrentTradingDate(now);
        var from = today;
        for (var k = 1; k < DailyRows + 5; k++)
        {
            from = market.PreviousTradingDay(from);
        }

        var regular = market.DailyBars(listing.Code, from, today, now).ToDictionary(d => d.Date);
        var rows = market.AfterHoursDailyBars(listing.Code, from, today, now)
            .Take(DailyRows)
            .Select(d =>
            {
                var r = regular.GetValueOrDefault(d.Date);
                var close = d.RegularClose;
                var last = d.Last ?? close;
                var prevClose = r?.PrevClose ?? close;
                return new KisRow(12)
                    .Add("stck_bsop_date", KisFormat.Date(d.Date))
                    .Add("ovtm_untp_prpr", d.Last ?? 0)
                    .Add("ovtm_untp_prdy_vrss", d.Last is null ? 0 : last - close)
                    .Add("ovtm_untp_prdy_vrss_sign", KisFormat.Sign(d.Last is null ? 0 : last - close))
                    .Rate("ovtm_untp_prdy_ctrt", d.Last is null ? 0 : KisFormat.Percent(last - close, close))
                    .Add("ovtm_untp_vol", d.Volume)
                    .Add("stck_clpr", close)
                    .Add("prdy_vrss", close - prevClose)
                    .Add("prdy_vrss_sign", KisFormat.Sign(close - prevClose))
                    .Rate("prdy_ctrt", KisFormat.Percent(close - prevClose, prevClose))
                    .Add("acml_vol", r?.Volume ?? 0)
                    .Add("ovtm_untp_tr_pbmn", d.TradingValue);
            })
            .ToList();
        return QuotationReply.Pair(summary, rows);
    }

    /// <summary>Current after-hours state: ovtm_untp_prpr … ovtm_untp_lwpr (11 fields).</summary>
    private static void AddState(KisRow row, SimAfterHoursQuote ah)
    {
        var price = ah.Last ?? ah.BasePrice;
        row.Add("ovtm_untp_prpr", price)
            .Add("ovtm_untp_prdy_vrss", price - ah.BasePrice)
            .Add("ovtm_untp_prdy_vrss_sign", KisFormat.Sign(price, ah.BasePrice, ah.UpperLimit, ah.LowerLimit))
            .Rate("ovtm_untp_prdy_ctrt", KisFormat.Percent(price - ah.BasePrice, ah.BasePrice))
            .Add("ovtm_untp_vol", ah.Volume)
            .Add("ovtm_untp_tr_pbmn", ah.TradingValue)
            .Add("ovtm_untp_mxpr", ah.UpperLimit)
            .Add("ovtm_untp_llam", ah.LowerLimit)
            .Add("ovtm_untp_oprc", ah.Open ?? 0)
            .Add("ovtm_untp_hgpr", ah.High ?? 0)
            .Add("ovtm_untp_lwpr", ah.Low ?? 0);
    }

    /// <summary>Indicative (expected) match: price, change, sign, rate and volume (5 fields; 0 when none).</summary>
    private static void AddExpected(KisRow row, SimAfterHoursQuote ah, string volumeName)
    {
        var expected = ah.IndicativePrice ?? 0;
        row.Add("ovtm_untp_antc_cnpr", expected)
            .Add("ovtm_untp_antc_cntg_vrss", expected == 0 ? 0 : expected - ah.BasePrice)
            .Add("ovtm_untp_antc_cntg_vrss_sign", expected == 0 ? "3" : KisFormat.Sign(expected, ah.BasePrice, ah.UpperLimit, ah.LowerLimit))
            .Rate("ovtm_untp_antc_cntg_ctrt", expected == 0 ? 0 : KisFormat.Percent(expected - ah.BasePrice, ah.BasePrice))
            .Add(volumeName, ah.IndicativeVolume);
    }

    private static bool Load(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now, out SimListing listing, out SimAfterHoursQuote ah, out QuotationReply? error)
    {
        listing = null!;
        ah = null!;
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            error = QuotationReply.BadInput("FID_INPUT_ISCD");
            return false;
        }

        var l = market.Listing(code);
        var q = market.AfterHours(code, now);
        if (l is null || q is null)
        {
            error = QuotationReply.NotFound(code);
            return false;
        }

        (listing, ah, error) = (l, q, null);
        return true;
    }
}
