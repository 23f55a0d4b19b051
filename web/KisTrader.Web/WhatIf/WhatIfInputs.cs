using KisTrader.Trading.Screening.Features;

namespace KisTrader.Web.WhatIf;

/// <summary>
/// Turns a validated <see cref="WhatIfStock"/> into the production rules' <see cref="SymbolDayInput"/> so that the
/// features come out exactly as the flat figures say: a volume history of <c>VolumeHistoryDays</c> days whose sum is
/// avgVolume20 × days (C1 = volume ÷ avgVolume20); a 13:59 bar at P14 with the volume before 14:00 and a 14:00 bar with
/// the late volume (C2 = (close − P14) ÷ P14, C3 = lateVolume ÷ volume); when nothing traded before 14:00, an empty bar
/// at the open, which proves it (C2 not computable); the broker 체결강도 as C4; the VWAP when given (C6).
/// </summary>
internal static class WhatIfInputs
{
    public static SymbolDayInput ToInput(WhatIfStock s, IReadOnlyDictionary<string, decimal> indexReturns, FeatureOptions features)
    {
        var market = WhatIfValidator.Market(s.Market)!;
        var volume = s.Volume!.Value;
        var late = s.LateVolume!.Value;
        var cutoff = features.LateSessionStart;
        var bars = new List<MinuteBar>(2);
        if (late < volume)
        {
            var p14 = s.Price1400!.Value;
            bars.Add(new MinuteBar(cutoff.AddMinutes(-1), p14, p14, p14, p14, volume - late));
        }
        else
        {
            bars.Add(new MinuteBar(features.SessionOpen, s.Close!.Value, s.Close.Value, s.Close.Value, s.Close.Value, 0));
        }

        if (late > 0)
        {
            bars.Add(new MinuteBar(cutoff, s.Close!.Value, s.Close.Value, s.Close.Value, s.Close.Value, late));
        }

        return new SymbolDayInput
        {
            Code = s.Code!,
            Name = s.Name ?? "",
            Market = market == "KOSPI" ? Trading.Market.Market.Kospi : Trading.Market.Market.Kosdaq,
            Flags = Flags(s),
            MarketCap = s.MarketCap!.Value,
            PreviousClose = s.PrevClose!.Value,
            Close = s.Close!.Value,
            DayVolume = volume,
            DayTradingValue = s.TradingValue!.Value,
            IndexDayReturn = indexReturns[market],
            PreviousVolumes = History((long)(s.AvgVolume20!.Value * features.VolumeHistoryDays), features.VolumeHistoryDays),
            MinuteBars = bars,
            BrokerExecutionStrength = s.ExecutionStrength,
            Vwap = s.Vwap,
        };
    }

    // Whole-share daily volumes, as even as possible, summing exactly to total.
    private static long[] History(long total, int days)
    {
        var each = total / days;
        var extra = total - (each * days);
        return [.. Enumerable.Range(0, days).Select(i => i < extra ? each + 1 : each)];
    }

    private static ListingFlags Flags(WhatIfStock s)
    {
        var flags = WhatIfValidator.Kind(s.Kind) switch
        {
            "Preferred" => ListingFlags.Preferred,
            "Spac" => ListingFlags.Spac,
            "Reit" => ListingFlags.Reit,
            "Etf" => ListingFlags.Etf,
            "Etn" => ListingFlags.Etn,
            _ => ListingFlags.None,
        };
        if (s.Halted == true)
        {
            flags |= ListingFlags.Halted;
        }

        if (s.Administrative == true)
        {
            flags |= ListingFlags.AdministrativeDesignation;
        }

        return flags;
    }
}
