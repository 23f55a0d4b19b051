namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// One 1-minute bar of the regular session, as KIS inquire-time-itemchartprice returns it (kis-api.md §4.4).
/// <para>
/// Time convention: <see cref="Start"/> is <c>stck_cntg_hour</c>, the KST minute the bar <em>starts</em>; the bar
/// covers [Start, Start + 1 min). The first bar of the day is stamped 09:00:00 (KIS paging runs down to
/// <c>090000</c>) and the simulator stamps the same way. So the bar stamped 13:59:00 ends at 14:00:00 and is the last
/// bar wholly before the 14:00 cutoff; the bar stamped 14:00:00 is the first late-session bar. A trade at exactly
/// 14:00:00 lies in the 14:00 bar and cannot be told apart from the trades of 14:00:01–14:00:59, so at this resolution
/// P14 is the last trade <em>before</em> 14:00:00 (the close of the last traded bar up to 13:59) and the 14:00 bar is
/// wholly late-session volume for C3. The closing auction (15:30) is the bar stamped at the close.
/// </para>
/// </summary>
/// <param name="Start">KST start of the minute (<c>stck_cntg_hour</c>).</param>
/// <param name="Open">First trade price in the minute.</param>
/// <param name="High">Highest trade price.</param>
/// <param name="Low">Lowest trade price.</param>
/// <param name="Close">Last trade price in the minute (<c>stck_prpr</c>).</param>
/// <param name="Volume">Shares traded in the minute (<c>cntg_vol</c>); 0 for a minute without trades.</param>
public readonly record struct MinuteBar(
    TimeOnly Start,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long Volume)
{
    /// <summary>The length of a bar.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    /// <summary>
    /// True when the bar lies wholly before <paramref name="cutoff"/> (it ends at or before it). A bar straddling the
    /// cutoff counts as late: its trades cannot be split.
    /// </summary>
    public bool EndsAtOrBefore(TimeOnly cutoff) => Start.ToTimeSpan() + Length <= cutoff.ToTimeSpan();
}
