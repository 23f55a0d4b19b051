using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>inquire-index-price (FHPUP02100000) and inquire-daily-indexchartprice (FHKUP03500100).</summary>
internal static class IndexHandlers
{
    /// <summary>Rows per index daily-chart call (newest first).</summary>
    public const int DailyRows = 50;

    public static QuotationReply IndexPrice(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            return QuotationReply.BadInput("FID_INPUT_ISCD");
        }

        var q = market.Index(code, now);
        if (q is null)
        {
            return QuotationReply.NotFound(code);
        }

        var year = market.IndexRange(code, new DateOnly(q.Date.Year, 1, 1), q.Date, now);
        var (yearHigh, yearLow) = (year?.High ?? q.Value, year?.Low ?? q.Value);
        var row = new KisRow(36)
            .Rate("bstp_nmix_prpr", q.Value)
            .Rate("bstp_nmix_prdy_vrss", q.Change)
            .Add("prdy_vrss_sign", KisFormat.Sign(q.Change))
            .Rate("bstp_nmix_prdy_ctrt", q.ChangeRate)
            .Add("acml_vol", q.Volume)
            .Add("prdy_vol", q.PrevVolume)
            .Add("acml_tr_pbmn", q.TradingValue)
            .Add("prdy_tr_pbmn", q.PrevTradingValue)
            .Rate("bstp_nmix_oprc", q.Open)
            .Rate("prdy_nmix_vrss_nmix_oprc", q.Open - q.PrevClose)
            .Add("oprc_vrss_prpr_sign", KisFormat.Sign(q.Value - q.Open))
            .Rate("bstp_nmix_oprc_prdy_ctrt", KisFormat.Percent(q.Open - q.PrevClose, q.PrevClose))
            .Rate("bstp_nmix_hgpr", q.High)
            .Rate("prdy_nmix_vrss_nmix_hgpr", q.High - q.PrevClose)
            .Add("hgpr_vrss_prpr_sign", KisFormat.Sign(q.Value - q.High))
            .Rate("bstp_nmix_hgpr_prdy_ctrt", KisFormat.Percent(q.High - q.PrevClose, q.PrevClose))
            .Rate("bstp_nmix_lwpr", q.Low)
            .Rate("prdy_clpr_vrss_lwpr", q.Low - q.PrevClose)
            .Add("lwpr_vrss_prpr_sign", KisFormat.Sign(q.Value - q.Low))
            .Rate("prdy_clpr_vrss_lwpr_rate", KisFormat.Percent(q.Low - q.PrevClose, q.PrevClose))
            .Add("ascn_issu_cnt", q.Advancers)
            .Add("uplm_issu_cnt", q.UpperLimitCount)
            .Add("stnr_issu_cnt", q.Unchanged)
            .Add("down_issu_cnt", q.Decliners)
            .Add("lslm_issu_cnt", q.LowerLimitCount)
            .Rate("dryy_bstp_nmix_hgpr", yearHigh)
            .Rate("dryy_hgpr_vrss_prpr_rate", KisFormat.Percent(q.Value - yearHigh, yearHigh))
            .Add("dryy_bstp_nmix_hgpr_date", KisFormat.Date(year?.HighDate ?? q.Date))
            .Rate("dryy_bstp_nmix_lwpr", yearLow)
            .Rate("dryy_lwpr_vrss_prpr_rate", KisFormat.Percent(q.Value - yearLow, yearLow))
            .Add("dryy_bstp_nmix_lwpr_date", KisFormat.Date(year?.LowDate ?? q.Date))
            .Add("total_askp_rsqn", 0)
            .Add("total_bidp_rsqn", 0)
            .Rate("seln_rsqn_rate", 0)
            .Rate("shnu_rsqn_rate", 0)
            .Add("ntby_rsqn", 0);
        return QuotationReply.Output(row);
    }

    public static QuotationReply DailyIndexChart(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (ChartRange.Read(query, out var range) is { } invalid)
        {
            return invalid;
        }

        var code = range.Code;
        var q = market.Index(code, now);
        if (q is null)
        {
            return QuotationReply.NotFound(code);
        }

        var start = range.FirstNeeded(market, q.Date, DailyRows);

        var daily = market.IndexDailyBars(code, start, range.To, now)
            .Select(d => new PeriodBar(d.Date, d.Open, d.High, d.Low, d.Close, d.Volume, d.TradingValue, 0))
            .ToList();
        var rows = PeriodBars.Group(daily, range.Period).Take(DailyRows).Select(d => new KisRow(8)
            .Add("stck_bsop_date", KisFormat.Date(d.Date))
            .Rate("bstp_nmix_prpr", d.Close)
            .Rate("bstp_nmix_oprc", d.Open)
            .Rate("bstp_nmix_hgpr", d.High)
            .Rate("bstp_nmix_lwpr", d.Low)
            .Add("acml_vol", d.Volume)
            .Add("acml_tr_pbmn", d.TradingValue)
            .Add("mod_yn", "N")).ToList();

        var prevDate = market.PreviousTradingDay(q.Date);
        var prevBars = market.IndexDailyBars(code, prevDate, prevDate, now);
        var prev = prevBars.Count > 0 ? prevBars[0] : null;
        var summary = new KisRow(16)
            .Rate("bstp_nmix_prdy_vrss", q.Change)
            .Add("prdy_vrss_sign", KisFormat.Sign(q.Change))
            .Rate("bstp_nmix_prdy_ctrt", q.ChangeRate)
            .Rate("prdy_nmix", q.PrevClose)
            .Add("acml_vol", q.Volume)
            .Add("acml_tr_pbmn", q.TradingValue)
            .Add("hts_kor_isnm", q.Name)
            .Rate("bstp_nmix_prpr", q.Value)
            .Add("bstp_cls_code", q.IndexCode)
            .Add("prdy_vol", q.PrevVolume)
            .Rate("bstp_nmix_oprc", q.Open)
            .Rate("bstp_nmix_hgpr", q.High)
            .Rate("bstp_nmix_lwpr", q.Low)
            .Rate("futs_prdy_oprc", prev?.Open ?? 0)
            .Rate("futs_prdy_hgpr", prev?.High ?? 0)
            .Rate("futs_prdy_lwpr", prev?.Low ?? 0);
        return QuotationReply.Pair(summary, rows);
    }
}
