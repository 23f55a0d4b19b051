using KisTrader.GrainInterfaces;
using KisTrader.Kis.Models;

namespace KisTrader.Grains.Symbols;

/// <summary>
/// A symbol's after-hours picture of one business day, kept from its ticks stream (strategy.md §6): H0STOUP0 matches
/// (a zero-volume auction is no match), H0STOAC0 indicative ticks and the H0STOAA0 book's expected price. Another day's
/// event starts a new picture. Pure: the grain keeps the result in memory.
/// </summary>
internal sealed record SymbolAfterHours(DateOnly Date, decimal? LastMatchPrice, decimal? IndicativePrice, DateTimeOffset? At)
{
    /// <summary>The picture after <paramref name="item"/> (unchanged for regular-session items).</summary>
    public static SymbolAfterHours? Apply(SymbolAfterHours? current, MarketDataEvent item)
    {
        var price = item switch
        {
            { Kind: MarketDataKinds.AfterHoursTrades, Tick: { Volume: > 0, Price: > 0m } t } => (Match: (decimal?)t.Price, Date: t.BusinessDate, Indicative: (decimal?)null),
            { Kind: MarketDataKinds.AfterHoursExpected, Tick: { Price: > 0m } t } => (Match: (decimal?)null, Date: t.BusinessDate, Indicative: (decimal?)t.Price),
            { Kind: MarketDataKinds.AfterHoursQuotes, Quote: { ExpectedPrice: > 0m } q } => (Match: (decimal?)null, Date: DateOnly.FromDateTime(item.At.ToOffset(TimeSpan.FromHours(9)).DateTime), Indicative: (decimal?)q.ExpectedPrice),
            _ => (Match: (decimal?)null, Date: default(DateOnly), Indicative: (decimal?)null),
        };
        if (price.Match is null && price.Indicative is null)
        {
            return current;
        }

        var day = current is not null && current.Date == price.Date ? current : new SymbolAfterHours(price.Date, null, null, null);
        return day with
        {
            LastMatchPrice = price.Match ?? day.LastMatchPrice,
            IndicativePrice = price.Indicative ?? day.IndicativePrice,
            At = item.At,
        };
    }

    /// <summary>The view of the feed's picture.</summary>
    public AfterHoursQuoteView ToView(string code) => new(code, Date, LastMatchPrice, IndicativePrice, false, At);

    /// <summary>
    /// The view of an inquire-overtime-price answer: its price is the last match only once a match happened (before
    /// the first match it is the base price, and the volume is 0); the indicative price as given.
    /// </summary>
    public static AfterHoursQuoteView FromRest(string code, DateOnly date, OvertimeQuote quote, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new AfterHoursQuoteView(code, date, quote.Volume > 0 && quote.Price > 0m ? quote.Price : null, quote.ExpectedPrice, true, readAt);
    }
}
