namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// 장후 시간외 종가 (close + 10 … close + 30 minutes): prints at the day's close only, 1–5 of them at deterministic seconds,
/// side Auction (neither buy- nor sell-initiated, so 체결강도 is the continuous session's).
/// </summary>
internal static class ClosingPriceSession
{
    public const int MaxPrints = 5;

    /// <summary>The prints (seconds since the session open), sorted.</summary>
    public static ReadOnlySpan<RawPrint> Prints(ListingDay ld, SimSession s, Span<RawPrint> buffer)
    {
        var volume = ld.Row.ClosingPriceVolume;
        if (volume <= 0 || ld.Halted)
        {
            return [];
        }

        var start = (int)(s.ClosingPriceStart - s.Open).TotalSeconds;
        var length = (int)(s.AfterHoursStart - s.ClosingPriceStart).TotalSeconds;
        var n = (int)Math.Min(volume, 1 + (long)(SimRng.Hash01(ld.TimeKey, -1) * MaxPrints));
        var slot = length / n;
        var given = 0;
        for (var i = 0; i < n; i++)
        {
            var second = start + (i * slot) + (int)(SimRng.Hash01(ld.TimeKey, -2 - i) * (slot - 1));
            var v = i == n - 1 ? volume - given : volume / n;
            given += v;
            buffer[i] = new RawPrint(second, ld.Row.Close, v, SimSide.Auction);
        }

        return buffer[..n];
    }
}
