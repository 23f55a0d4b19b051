namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// The simulated KRX market: a deterministic, pure function of (seed, scenario, date, time). Every query is "as of" the
/// instant it is given: nothing after that instant is visible (a print appears at its second, the close at the closing
/// auction, an after-hours match at its auction time). Thread-safe; days are generated lazily on first use and a bounded
/// number is cached. Registered as a singleton by <c>AddSimMarket</c>; when the control API loads a scenario the
/// registered instance switches to the new market (<see cref="Generation"/> increments).
/// </summary>
internal interface ISimMarket
{
    /// <summary>Seed of the synthetic background.</summary>
    int Seed { get; }

    /// <summary>Increments every time a scenario (or a new seed) is loaded; consumers caching derived state compare it.</summary>
    long Generation { get; }

    // ---- calendar -------------------------------------------------------------------------------------------------

    /// <summary>Session times of a KST date (IsTradingDay false on weekends, holidays and ad-hoc closures).</summary>
    SimSession Session(DateOnly date);

    /// <summary>The next trading day strictly after <paramref name="date"/>.</summary>
    DateOnly NextTradingDay(DateOnly date);

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    DateOnly PreviousTradingDay(DateOnly date);

    /// <summary>The first trading day that has data (the start of the generated history).</summary>
    DateOnly FirstTradingDay { get; }

    /// <summary>
    /// The trading date whose data is "current" at an instant: today from its pre-open on, otherwise the last trading day
    /// before (so at 07:00 or on a Sunday, quotes show the previous session's final state).
    /// </summary>
    DateOnly CurrentTradingDate(DateTimeOffset at);

    // ---- listings -------------------------------------------------------------------------------------------------

    /// <summary>All listings in a stable order (KOSPI first, then KOSDAQ, each by code).</summary>
    IReadOnlyList<SimListing> Listings { get; }

    /// <summary>The listing with this code (6 digits; ETNs also with or without the Q prefix), or null.</summary>
    SimListing? Listing(string code);

    /// <summary>기준가, limits and previous-day figures of a listing on a trading date (null if unknown or no data).</summary>
    SimDayBasis? Basis(string code, DateOnly date);

    // ---- regular session ------------------------------------------------------------------------------------------

    /// <summary>The regular-session quote at an instant (see <see cref="SimQuote"/>); null for unknown codes or before the history.</summary>
    SimQuote? Quote(string code, DateTimeOffset at);

    /// <summary>Quotes of every listing at an instant, in <see cref="Listings"/> order (volume-rank, breadth).</summary>
    IReadOnlyList<SimQuote> Quotes(DateTimeOffset at);

    /// <summary>The 10-level book at an instant (continuous session; during auctions it is the intake book; empty when halted or closed).</summary>
    SimBook? Book(string code, DateTimeOffset at);

    /// <summary>Today's 1-minute bars up to the instant, oldest first (the current minute partial). Empty before the open.</summary>
    IReadOnlyList<SimMinuteBar> MinuteBars(string code, DateTimeOffset at);

    /// <summary>Continuous-session and auction prints in (fromExclusive, toInclusive], oldest first.</summary>
    IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive);

    /// <summary>The opening auction of a date if it happened at or before <paramref name="at"/>.</summary>
    SimAuction? OpeningAuction(string code, DateOnly date, DateTimeOffset at);

    /// <summary>The closing auction (the official close) of a date if it happened at or before <paramref name="at"/>.</summary>
    SimAuction? ClosingAuction(string code, DateOnly date, DateTimeOffset at);

    // ---- daily history --------------------------------------------------------------------------------------------

    /// <summary>
    /// Daily bars with from ≤ date ≤ to, newest first, as of <paramref name="at"/>. Like KIS, today's row is included from the
    /// open on, built from the prints so far (it becomes final after the closing-price session).
    /// </summary>
    IReadOnlyList<SimDailyBar> DailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at);

    /// <summary>High/low of a listing over [from, to] as of the instant (see <see cref="SimPriceRange"/>); null when no data.</summary>
    SimPriceRange? PriceRange(string code, DateOnly from, DateOnly to, DateTimeOffset at);

    // ---- after hours ----------------------------------------------------------------------------------------------

    /// <summary>The after-hours single-price state at an instant (null before 16:00 of the current date … shows the last day's).</summary>
    SimAfterHoursQuote? AfterHours(string code, DateTimeOffset at);

    /// <summary>After-hours matches of a date at or before <paramref name="at"/>, oldest first (a match may have volume 0 = no trade).</summary>
    IReadOnlyList<SimAuction> AfterHoursAuctions(string code, DateOnly date, DateTimeOffset at);

    /// <summary>Completed days' after-hours summaries with from ≤ date ≤ to, newest first, as of the instant.</summary>
    IReadOnlyList<SimAfterHoursDailyBar> AfterHoursDailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at);

    // ---- indices --------------------------------------------------------------------------------------------------

    /// <summary>Index codes served ("0001" KOSPI, "1001" KOSDAQ).</summary>
    IReadOnlyList<string> IndexCodes { get; }

    /// <summary>An index at an instant (null for unknown codes).</summary>
    SimIndexQuote? Index(string indexCode, DateTimeOffset at);

    /// <summary>Completed index days with from ≤ date ≤ to, newest first, as of the instant.</summary>
    IReadOnlyList<SimIndexDailyBar> IndexDailyBars(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at);

    /// <summary>High/low of an index over [from, to] as of the instant (daily closes and today's value so far).</summary>
    SimPriceRange? IndexRange(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at);

    // ---- event feed -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Market events in (fromExclusive, toInclusive], ordered (At, listing order, kind). <paramref name="codes"/> limits the
    /// listings (null = all; index codes select IndexTick events). Intended for WebSocket pumps and order matching.
    /// </summary>
    IReadOnlyList<SimMarketEvent> Events(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, IReadOnlyCollection<string>? codes);
}
