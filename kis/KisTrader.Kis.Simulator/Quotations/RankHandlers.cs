using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>volume-rank (FHPST01710000, under /quotations): top listings by volume, growth, turnover or value.</summary>
internal static class RankHandlers
{
    /// <summary>Rows of volume-rank (the real cap is unconfirmed; 30 is what clients observe).</summary>
    public const int Rows = 30;

    public static QuotationReply VolumeRank(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now)
    {
        var scope = query.Text("FID_INPUT_ISCD", "0000");
        var division = query.Text("FID_DIV_CLS_CODE", "0");
        var sortBy = query.Text("FID_BLNG_CLS_CODE", "0");
        var exclude = query.Text("FID_TRGT_EXLS_CLS_CODE", "0000000000").PadRight(10, '0');
        var minPrice = query.Long("FID_INPUT_PRICE_1");
        var maxPrice = query.Long("FID_INPUT_PRICE_2");
        var minVolume = query.Long("FID_VOL_CNT");
        if (sortBy is not ("0" or "1" or "2" or "3" or "4"))
        {
            return QuotationReply.BadInput("FID_BLNG_CLS_CODE");
        }

        var quotes = market.Quotes(now);
        var listings = market.Listings;
        var candidates = new List<(SimListing Listing, SimQuote Quote)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var (l, q) = (listings[i], quotes[i]);
            var included = scope switch
            {
                "0001" => l.Market == SimMarketId.Kospi,
                "1001" => l.Market == SimMarketId.Kosdaq,
                _ => true,
            };
            included &= division switch
            {
                "1" => l.Kind != SimListingKind.Preferred,
                "2" => l.Kind == SimListingKind.Preferred,
                _ => true,
            };
            included &= !(Excluded(exclude, 0, l.Warning != SimMarketWarning.None) || Excluded(exclude, 1, l.Administrative)
                || Excluded(exclude, 4, l.Kind == SimListingKind.Preferred) || Excluded(exclude, 5, l.Halted)
                || Excluded(exclude, 6, l.Kind == SimListingKind.Etf) || Excluded(exclude, 7, l.Kind == SimListingKind.Etn)
                || Excluded(exclude, 8, !ListingFacts.CreditAble(l)) || Excluded(exclude, 9, l.Kind == SimListingKind.Spac));
            included &= (minPrice is not > 0 || q.Price >= minPrice) && (maxPrice is not > 0 || q.Price <= maxPrice);
            included &= minVolume is not > 0 || q.Volume >= minVolume;
            if (included)
            {
                candidates.Add((l, q));
            }
        }

        var stats = candidates.Select(c => Stats(c.Listing, c.Quote)).ToList();
        var ordered = sortBy switch
        {
            "1" => stats.OrderByDescending(s => s.VolumeGrowth),
            "2" => stats.OrderByDescending(s => s.VolumeTurnover),
            "3" => stats.OrderByDescending(s => s.Quote.TradingValue),
            "4" => stats.OrderByDescending(s => s.ValueTurnover),
            _ => stats.OrderByDescending(s => s.Quote.Volume),
        };
        var rows = ordered.ThenBy(s => s.Listing.Code, StringComparer.Ordinal).Take(Rows).Select((s, rank) =>
        {
            var q = s.Quote;
            var b = q.Basis;
            return new KisRow(19)
                .Add("hts_kor_isnm", s.Listing.Name)
                .Add("mksc_shrn_iscd", s.Listing.Code)
                .Add("data_rank", rank + 1)
                .Add("stck_prpr", q.Price)
                .Add("prdy_vrss_sign", KisFormat.Sign(q.Price, b.BasePrice, b.UpperLimit, b.LowerLimit))
                .Add("prdy_vrss", q.Change)
                .Rate("prdy_ctrt", q.ChangeRate)
                .Add("acml_vol", q.Volume)
                .Add("prdy_vol", b.PrevVolume)
                .Add("lstn_stcn", s.Listing.ListedShares)
                .Add("avrg_vol", s.AverageVolume)
                .Rate("n_befr_clpr_vrss_prpr_rate", s.NDayChange)
                .Rate("vol_inrt", s.VolumeGrowth)
                .Rate("vol_tnrt", s.VolumeTurnover)
                .Rate("nday_vol_tnrt", KisFormat.Percent(s.AverageVolume, s.Listing.ListedShares))
                .Add("avrg_tr_pbmn", s.AverageValue)
                .Rate("tr_pbmn_tnrt", s.ValueTurnover)
                .Rate("nday_tr_pbmn_tnrt", KisFormat.Percent(s.AverageValue, b.PrevMarketCap))
                .Add("acml_tr_pbmn", q.TradingValue);
        }).ToList();
        return QuotationReply.Output(rows);
    }

    private static bool Excluded(string flags, int position, bool applies) => flags[position] == '1' && applies;

    private sealed record RankStats(
        SimListing Listing, SimQuote Quote, long AverageVolume, decimal AverageValue, decimal NDayChange, decimal VolumeGrowth, decimal VolumeTurnover, decimal ValueTurnover);

    /// <summary>
    /// Ranking figures. The averaging window of avrg_vol / avrg_tr_pbmn / n_befr_clpr_vrss_prpr_rate is not documented by
    /// KIS; the simulator uses one day (the previous session's volume and value, today's change).
    /// </summary>
    private static RankStats Stats(SimListing l, SimQuote q)
    {
        var b = q.Basis;
        var cap = b.PrevMarketCap;
        var growth = KisFormat.Percent(q.Volume - b.PrevVolume, b.PrevVolume);
        return new RankStats(
            l, q, b.PrevVolume, b.PrevTradingValue, q.ChangeRate, growth,
            KisFormat.Percent(q.Volume, l.ListedShares), KisFormat.Percent(q.TradingValue, cap));
    }
}
