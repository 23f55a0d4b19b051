using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>inquire-daily-itemchartprice (FHKST03010100) and inquire-time-itemchartprice (FHKST03010200).</summary>
internal static class ChartHandlers
{
    /// <summary>Rows per daily-chart call (newest first; page by moving FID_INPUT_DATE_2 back).</summary>
    public const int DailyRows = 100;

    /// <summary>Bars per minute-chart call (at or before FID_INPUT_HOUR_1, newest first).</summary>
    public const int MinuteRows = 30;

    public static QuotationReply DailyItemChart(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        if (ChartRange.Read(query, out var range) is { } invalid)
        {
            return invalid;
        }

        var code = range.Code;
        var listing = market.Listing(code);
        var q = market.Quote(code, now);
        if (listing is null || q is null)
        {
            return QuotationReply.NotFound(code);
        }

        // Daily rows beyond the 100 newest are never shown: do not build them.
        var start = range.FirstNeeded(market, q.Date, DailyRows);

        var daily = market.DailyBars(code, start, range.To, now)
            .Select(d => new PeriodBar(d.Date, d.Open, d.High, d.Low, d.Close, d.Volume, d.TradingValue, d.PrevClose))
            .ToList();
        var bars = PeriodBars.Group(daily, range.Period).Take(DailyRows);
        var rows = bars.Select(d => new KisRow(13)
            .Add("stck_bsop_date", KisFormat.Date(d.Date))
            .Add("stck_clpr", d.Close)
            .Add("stck_oprc", d.Open)
            .Add("stck_hgpr", d.High)
            .Add("stck_lwpr", d.Low)
            .Add("acml_vol", d.Volume)
            .Add("acml_tr_pbmn", d.TradingValue)
            .Add("flng_cls_code", "00")
            .Rate("prtt_rate", 0)
            .Add("mod_yn", "N")
            .Add("prdy_vrss_sign", KisFormat.Sign(d.Close - d.PrevClose))
            .Add("prdy_vrss", d.Close - d.PrevClose)
            .Add("revl_issu_reas", "")).ToList();

        var b = q.Basis;
        var prevDate = market.PreviousTradingDay(q.Date);
        var prevBars = market.DailyBars(code, prevDate, prevDate, now);
        var prev = prevBars.Count > 0 ? prevBars[0] : null;
        var summary = new KisRow(30)
            .Add("prdy_vrss", q.Change)
            .Add("prdy_vrss_sign", KisFormat.Sign(q.Price, b.BasePrice, b.UpperLimit, b.LowerLimit))
            .Rate("prdy_ctrt", q.ChangeRate)
            .Add("stck_prdy_clpr", b.BasePrice)
            .Add("acml_vol", q.Volume)
            .Add("acml_tr_pbmn", q.TradingValue)
            .Add("hts_kor_isnm", listing.Name)
            .Add("stck_prpr", q.Price)
            .Add("stck_shrn_iscd", listing.Code)
            .Add("prdy_vol", b.PrevVolume)
            .Add("stck_mxpr", b.UpperLimit)
            .Add("stck_llam", b.LowerLimit)
            .Add("stck_oprc", q.Open ?? 0)
            .Add("stck_hgpr", q.High ?? 0)
            .Add("stck_lwpr", q.Low ?? 0)
            .Add("stck_prdy_oprc", prev?.Open ?? 0)
            .Add("stck_prdy_hgpr", prev?.High ?? 0)
            .Add("stck_prdy_lwpr", prev?.Low ?? 0)
            .Add("askp", q.Ask1)
            .Add("bidp", q.Bid1)
            .Add("prdy_vrss_vol", q.Volume - b.PrevVolume)
            .Rate("vol_tnrt", KisFormat.Percent(q.Volume, listing.ListedShares))
            .Add("stck_fcam", listing.FaceValue)
            .Add("lstn_stcn", listing.ListedShares)
            .Add("cpfn", ListingFacts.CapitalEok(listing))
            .Add("hts_avls", Math.Round(q.Price * listing.ListedShares / 100_000_000m))
            .Rate("per", ListingFacts.Per(listing))
            .Rate("eps", ListingFacts.Eps(listing, b.BasePrice))
            .Rate("pbr", ListingFacts.Pbr(listing))
            .Rate("itewhol_loan_rmnd_ratem", 0);
        return QuotationReply.Pair(summary, rows);
    }

    public static QuotationReply TimeItemChart(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            return QuotationReply.BadInput("FID_INPUT_ISCD");
        }

        var hour = query.Time("FID_INPUT_HOUR_1");
        if (hour is null)
        {
            return QuotationReply.BadInput("FID_INPUT_HOUR_1");
        }

        var listing = market.Listing(code);
        var q = market.Quote(code, now);
        if (listing is null || q is null)
        {
            return QuotationReply.NotFound(code);
        }

        // Today only: before today's session there are no bars (a future hour answers as of now).
        var bars = q.Date == KstTime.DateOf(now) ? market.MinuteBars(code, now) : [];
        var rows = new List<KisRow>(MinuteRows);
        decimal cumulative = 0;
        var cumulativeAt = new decimal[bars.Count];
        for (var k = 0; k < bars.Count; k++)
        {
            cumulative += bars[k].TradingValue;
            cumulativeAt[k] = cumulative;
        }

        for (var k = bars.Count - 1; k >= 0 && rows.Count < MinuteRows; k--)
        {
            var bar = bars[k];
            if (KstTime.TimeOf(bar.Start) > hour.Value)
            {
                continue;
            }

            rows.Add(new KisRow(8)
                .Add("stck_bsop_date", KisFormat.Date(q.Date))
                .Add("stck_cntg_hour", KisFormat.Time(bar.Start))
                .Add("stck_prpr", bar.Close)
                .Add("stck_oprc", bar.Open)
                .Add("stck_hgpr", bar.High)
                .Add("stck_lwpr", bar.Low)
                .Add("cntg_vol", bar.Volume)
                .Add("acml_tr_pbmn", cumulativeAt[k]));
        }

        var b = q.Basis;
        var summary = new KisRow(8)
            .Add("prdy_vrss", q.Change)
            .Add("prdy_vrss_sign", KisFormat.Sign(q.Price, b.BasePrice, b.UpperLimit, b.LowerLimit))
            .Rate("prdy_ctrt", q.ChangeRate)
            .Add("stck_prdy_clpr", b.BasePrice)
            .Add("acml_vol", q.Volume)
            .Add("acml_tr_pbmn", q.TradingValue)
            .Add("hts_kor_isnm", listing.Name)
            .Add("stck_prpr", q.Price);
        return QuotationReply.Pair(summary, rows);
    }
}
