using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>inquire-price (FHKST01010100) and inquire-ccnl (FHKST01010300).</summary>
internal static class PriceHandlers
{
    /// <summary>Rows of inquire-ccnl (the most recent prints).</summary>
    public const int CcnlRows = 30;

    public static QuotationReply InquirePrice(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            return QuotationReply.BadInput("FID_INPUT_ISCD");
        }

        var listing = market.Listing(code);
        var q = market.Quote(code, now);
        if (listing is null || q is null)
        {
            return QuotationReply.NotFound(code);
        }

        var b = q.Basis;
        var price = q.Price;
        var yearStart = new DateOnly(q.Date.Year, 1, 1);
        var d250 = market.PriceRange(code, market.PreviousTradingDay(q.Date).AddDays(-365), q.Date, now);
        var year = market.PriceRange(code, yearStart, q.Date, now);
        var w52 = market.PriceRange(code, q.Date.AddDays(-364), q.Date, now);
        var prevBars = market.DailyBars(code, market.PreviousTradingDay(q.Date), market.PreviousTradingDay(q.Date), now);
        var prev = prevBars.Count > 0 ? prevBars[0] : null;
        var (ph, pl, pc) = prev is null ? (b.BasePrice, b.BasePrice, b.BasePrice) : (prev.High, prev.Low, prev.Close);
        var pivot = Math.Round((ph + pl + pc) / 3);
        var etf = listing.EtfTick;
        var foreign = ListingFacts.ForeignRatio(listing);
        var row = new KisRow(84)
            .Add("iscd_stat_cls_code", ListingFacts.StatusCode(listing))
            .Rate("marg_rate", ListingFacts.MarginRate(listing))
            .Add("rprs_mrkt_kor_name", ListingFacts.MarketName(listing))
            .Add("new_hgpr_lwpr_cls_code", "")
            .Add("bstp_kor_isnm", listing.SectorName)
            .Add("temp_stop_yn", KisFormat.YesNo(listing.Halted))
            .Add("oprc_rang_cont_yn", "N")
            .Add("clpr_rang_cont_yn", "N")
            .Add("crdt_able_yn", KisFormat.YesNo(ListingFacts.CreditAble(listing)))
            .Add("grmn_rate_cls_code", ListingFacts.Risky(listing) ? "100" : "40")
            .Add("elw_pblc_yn", "N")
            .Add("stck_prpr", price)
            .Add("prdy_vrss", q.Change)
            .Add("prdy_vrss_sign", KisFormat.Sign(price, b.BasePrice, b.UpperLimit, b.LowerLimit))
            .Rate("prdy_ctrt", q.ChangeRate)
            .Add("acml_tr_pbmn", q.TradingValue)
            .Add("acml_vol", q.Volume)
            .Rate("prdy_vrss_vol_rate", KisFormat.Percent(q.Volume, b.PrevVolume))
            .Add("stck_oprc", q.Open ?? 0)
            .Add("stck_hgpr", q.High ?? 0)
            .Add("stck_lwpr", q.Low ?? 0)
            .Add("stck_mxpr", b.UpperLimit)
            .Add("stck_llam", b.LowerLimit)
            .Add("stck_sdpr", b.BasePrice)
            .Rate("wghn_avrg_stck_prc", q.Vwap)
            .Rate("hts_frgn_ehrt", foreign)
            .Add("frgn_ntby_qty", 0)
            .Add("pgtr_ntby_qty", 0)
            .Add("pvt_scnd_dmrs_prc", pivot + (ph - pl))
            .Add("pvt_frst_dmrs_prc", (2 * pivot) - pl)
            .Add("pvt_pont_val", pivot)
            .Add("pvt_frst_dmsp_prc", (2 * pivot) - ph)
            .Add("pvt_scnd_dmsp_prc", pivot - (ph - pl))
            .Add("dmrs_val", Math.Round((ph + pl + (2 * pc)) / 2) - pl)
            .Add("dmsp_val", Math.Round((ph + pl + (2 * pc)) / 2) - ph)
            .Add("cpfn", ListingFacts.CapitalEok(listing))
            .Add("rstc_wdth_prc", b.UpperLimit - b.BasePrice)
            .Add("stck_fcam", listing.FaceValue)
            .Add("stck_sspr", PriceGrid.Down((double)b.BasePrice * 0.7, etf))
            .Add("aspr_unit", PriceGrid.Tick((long)price, etf))
            .Add("hts_deal_qty_unit_val", 1)
            .Add("lstn_stcn", listing.ListedShares)
            .Add("hts_avls", Math.Round(price * listing.ListedShares / 100_000_000m))
            .Rate("per", ListingFacts.Per(listing))
            .Rate("pbr", ListingFacts.Pbr(listing))
            .Add("stac_month", "12")
            .Rate("vol_tnrt", KisFormat.Percent(q.Volume, listing.ListedShares))
            .Rate("eps", ListingFacts.Eps(listing, b.BasePrice))
            .Rate("bps", ListingFacts.Bps(listing, b.BasePrice));
        AddRange(row, "d250_hgpr", "d250_hgpr_date", "d250_hgpr_vrss_prpr_rate", "d250_lwpr", "d250_lwpr_date", "d250_lwpr_vrss_prpr_rate", d250, price, b.BasePrice, q.Date);
        row.Add("stck_dryy_hgpr", year?.High ?? price)
            .Rate("dryy_hgpr_vrss_prpr_rate", Ratio(price, year?.High ?? price))
            .Add("dryy_hgpr_date", KisFormat.Date(year?.HighDate ?? q.Date))
            .Add("stck_dryy_lwpr", year?.Low ?? price)
            .Rate("dryy_lwpr_vrss_prpr_rate", Ratio(price, year?.Low ?? price))
            .Add("dryy_lwpr_date", KisFormat.Date(year?.LowDate ?? q.Date))
            .Add("w52_hgpr", w52?.High ?? price)
            .Rate("w52_hgpr_vrss_prpr_ctrt", Ratio(price, w52?.High ?? price))
            .Add("w52_hgpr_date", KisFormat.Date(w52?.HighDate ?? q.Date))
            .Add("w52_lwpr", w52?.Low ?? price)
            .Rate("w52_lwpr_vrss_prpr_ctrt", Ratio(price, w52?.Low ?? price))
            .Add("w52_lwpr_date", KisFormat.Date(w52?.LowDate ?? q.Date))
            .Rate("whol_loan_rmnd_rate", 0)
            .Add("ssts_yn", KisFormat.YesNo(listing.Kind is SimListingKind.Stock))
            .Add("stck_shrn_iscd", listing.Code)
            .Add("fcam_cnnm", "원")
            .Add("cpfn_cnnm", "억")
            .Rate("apprch_rate", 0)
            .Add("frgn_hldn_qty", (long)(listing.ListedShares * foreign / 100m))
            .Add("vi_cls_code", "N")
            .Add("ovtm_vi_cls_code", "N")
            .Add("last_ssts_cntg_qty", 0)
            .Add("invt_caful_yn", KisFormat.YesNo(listing.Warning == SimMarketWarning.Caution))
            .Add("mrkt_warn_cls_code", ListingFacts.WarningCode(listing))
            .Add("short_over_yn", "N")
            .Add("sltr_yn", "N")
            .Add("mang_issu_cls_code", KisFormat.YesNo(listing.Administrative));
        return QuotationReply.Output(row);
    }

    public static QuotationReply InquireCcnl(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            return QuotationReply.BadInput("FID_INPUT_ISCD");
        }

        var q = market.Quote(code, now);
        if (q is null)
        {
            return QuotationReply.NotFound(code);
        }

        var b = q.Basis;
        var session = market.Session(q.Date);
        var dayStart = session.At(session.PreOpen);
        var dayEnd = q.Date == KstTime.DateOf(now) ? now : session.At(session.AfterHoursEnd);
        var trades = market.Trades(code, dayStart, dayEnd);
        var rows = new List<KisRow>(CcnlRows);
        long buy = 0, sell = 0;
        var strengths = new decimal[trades.Count];
        for (var k = 0; k < trades.Count; k++)
        {
            buy += trades[k].Side == SimSide.Buy ? trades[k].Volume : 0;
            sell += trades[k].Side == SimSide.Sell ? trades[k].Volume : 0;
            strengths[k] = sell == 0 ? 0 : buy * 100m / sell;
        }

        for (var k = trades.Count - 1; k >= 0 && rows.Count < CcnlRows; k--)
        {
            var t = trades[k];
            rows.Add(new KisRow(7)
                .Add("stck_cntg_hour", KisFormat.Time(t.At))
                .Add("stck_prpr", t.Price)
                .Add("prdy_vrss", t.Price - b.BasePrice)
                .Add("prdy_vrss_sign", KisFormat.Sign(t.Price, b.BasePrice, b.UpperLimit, b.LowerLimit))
                .Add("cntg_vol", t.Volume)
                .Rate("tday_rltv", strengths[k])
                .Rate("prdy_ctrt", KisFormat.Percent(t.Price - b.BasePrice, b.BasePrice)));
        }

        return QuotationReply.Output(rows);
    }

    private static decimal Ratio(decimal price, decimal reference) => reference == 0 ? 0 : (price - reference) * 100m / reference;

    private static void AddRange(
        KisRow row, string high, string highDate, string highRate, string low, string lowDate, string lowRate, SimPriceRange? range, decimal price,
        decimal fallback, DateOnly today)
    {
        var h = range?.High ?? fallback;
        var l = range?.Low ?? fallback;
        row.Add(high, h).Add(highDate, KisFormat.Date(range?.HighDate ?? today)).Rate(highRate, Ratio(price, h))
            .Add(low, l).Add(lowDate, KisFormat.Date(range?.LowDate ?? today)).Rate(lowRate, Ratio(price, l));
    }
}
