using KisTrader.Kis.Client;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;
using KisTrader.Trading.Screening.Features;
using KisBar = KisTrader.Kis.Models.MinuteBar;
using MarketKind = KisTrader.Trading.Market.Market;
using ScreenBar = KisTrader.Trading.Screening.Features.MinuteBar;

namespace KisTrader.Grains.Screening;

/// <summary>
/// The broker reads of a screen and their mapping to the screen's inputs, shared by <see cref="ScreeningFunnel"/> and
/// <see cref="NaiveScreeningCollector"/> so that the two can differ only in which listings they read. Every read uses
/// the Screening lane and returns how many calls it spent. A business error for one listing (e.g. an unknown code) is
/// that listing's missing data, not the screen's failure.
/// </summary>
internal static class BrokerReads
{
    private const KisLane Lane = KisLane.Screening;

    public static UniverseMember ToMember(Instrument i)
    {
        var flags = ListingFlags.None;
        flags |= i.IsSpac ? ListingFlags.Spac : ListingFlags.None;
        flags |= i.IsReit || i.IsInvestmentCompany ? ListingFlags.Reit : ListingFlags.None;
        flags |= i.IsPreferred ? ListingFlags.Preferred : ListingFlags.None;
        flags |= i.IsEtf ? ListingFlags.Etf : ListingFlags.None;
        flags |= i.IsEtn ? ListingFlags.Etn : ListingFlags.None;
        flags |= i.IsHalted ? ListingFlags.Halted : ListingFlags.None;
        flags |= i.IsAdministrative ? ListingFlags.AdministrativeDesignation : ListingFlags.None;
        var market = i.Market == KrxMarket.Kospi ? MarketKind.Kospi : MarketKind.Kosdaq;
        return new UniverseMember(i.Symbol, i.Name, market, flags, i.MarketCapEok * 100_000_000m, i.BasePrice);
    }

    public static async Task<IReadOnlyList<UniverseMember>> UniverseAsync(IMasterFileSource masterFiles, CancellationToken ct)
    {
        var kospi = await masterFiles.GetAsync(KrxMarket.Kospi, ct);
        var kosdaq = await masterFiles.GetAsync(KrxMarket.Kosdaq, ct);
        return [.. kospi.Instruments.Concat(kosdaq.Instruments)
            .Select(ToMember)
            .DistinctBy(m => m.Code, StringComparer.Ordinal)
            .OrderBy(m => m.Code, StringComparer.Ordinal)];
    }

    /// <summary>Daily volumes of the days before <paramref name="date"/>, oldest first (one call: 100 rows cover the range).</summary>
    public static async Task<long[]> HistoryAsync(IKisMarketData kis, string code, DateOnly date, int calendarDays, CancellationToken ct)
    {
        try
        {
            var chart = await kis.GetDailyChartAsync(new DailyChartRequest(code, date.AddDays(-calendarDays), date.AddDays(-1)), Lane, ct);
            return [.. chart.Rows.Where(b => b.Date < date).OrderBy(b => b.Date).Select(b => b.Volume)];
        }
        catch (KisApiException)
        {
            return [];
        }
    }

    /// <summary>The index's day return from the daily index chart (served on real and paper keys).</summary>
    public static async Task<decimal> IndexReturnAsync(IKisMarketData kis, string indexCode, DateOnly date, CancellationToken ct)
    {
        var chart = await kis.GetIndexChartAsync(new IndexChartRequest(indexCode, date, date), Lane, ct);
        var previous = chart.Summary.Value - chart.Summary.Change;
        return previous > 0 ? chart.Summary.Change / previous : 0m;
    }

    public static async Task<CloseQuote?> QuoteAsync(IKisMarketData kis, string code, CancellationToken ct)
    {
        StockQuote q;
        try
        {
            q = await kis.GetQuoteAsync(new SymbolQuery(code), Lane, ct);
        }
        catch (KisApiException)
        {
            return null;
        }

        var flags = ListingFlags.None;
        flags |= q.IsHalted ? ListingFlags.Halted : ListingFlags.None;
        flags |= q.IsAdministrative ? ListingFlags.AdministrativeDesignation : ListingFlags.None;
        // strategy.md §3 Conventions: close × listed shares, exact — never the rounded 억 field (hts_avls). Without a share
        // count the cap is unknown (0), which the base filter reports as such.
        var cap = q.ListedShares > 0 ? q.ListedShares * q.Price : 0m;
        return new CloseQuote(code, q.Price, q.Price - q.Change, q.Volume, q.TradingValue, q.Vwap, cap, flags);
    }

    /// <summary>
    /// Today's minute bars from <paramref name="close"/> backwards, 30 per call. With <paramref name="stopAtCutoffPrint"/>
    /// it stops after the page holding the last traded bar before <paramref name="cutoff"/> (P14): C3 needs the bars
    /// from the cutoff on and C2 only that one earlier bar. Without it, it reads back to <paramref name="open"/>.
    /// </summary>
    public static async Task<(BarRow[] Bars, int Calls)> MinuteBarsAsync(
        IKisMarketData kis, string code, TimeOnly close, TimeOnly cutoff, TimeOnly open, bool stopAtCutoffPrint, CancellationToken ct)
    {
        var bars = new List<BarRow>();
        var seen = new HashSet<TimeOnly>();
        var at = close;
        var calls = 0;
        while (true)
        {
            calls++;
            IReadOnlyList<KisBar> rows;
            try
            {
                rows = (await kis.GetMinuteChartAsync(new MinuteChartRequest(code, at), Lane, ct)).Rows;
            }
            catch (KisApiException)
            {
                return ([.. bars], calls);
            }

            var page = rows.Where(r => r.Time <= at && r.Time >= open).ToList();
            foreach (var r in page.Where(r => seen.Add(r.Time)))
            {
                bars.Add(new BarRow(r.Time, r.Open, r.High, r.Low, r.Close, r.Volume));
            }

            if (page.Count == 0)
            {
                return ([.. bars], calls);
            }

            var oldest = page.Min(r => r.Time);
            var hasP14 = page.Any(r => r.Volume > 0 && r.Time.Add(ScreenBar.Length) <= cutoff);
            if ((stopAtCutoffPrint && hasP14) || oldest <= open)
            {
                return ([.. bars], calls);
            }

            at = oldest.AddMinutes(-1);
        }
    }

    /// <summary>체결강도 (tday_rltv) of the newest print; null when the day has none.</summary>
    public static async Task<decimal?> StrengthAsync(IKisMarketData kis, string code, CancellationToken ct)
    {
        try
        {
            var prints = await kis.GetRecentExecutionsAsync(new SymbolQuery(code), Lane, ct);
            return prints.Count > 0 ? prints[0].Strength : null;
        }
        catch (KisApiException)
        {
            return null;
        }
    }

    /// <summary>The screen's input for a quoted listing; history and details are optional (not fetched = null).</summary>
    public static SymbolDayInput ToInput(UniverseMember member, CloseQuote quote, long[]? history, IndexReturns indices, SymbolDetail? detail) => new()
    {
        Code = member.Code,
        Name = member.Name,
        Market = member.Market,
        Flags = member.Flags | quote.Flags,
        MarketCap = quote.MarketCap,
        PreviousClose = quote.PreviousClose,
        Close = quote.Close,
        DayVolume = quote.Volume,
        DayTradingValue = quote.TradingValue,
        IndexDayReturn = member.Market == MarketKind.Kospi ? indices.Kospi : indices.Kosdaq,
        PreviousVolumes = history,
        Vwap = quote.Vwap,
        MinuteBars = detail?.Bars.Select(b => new ScreenBar(b.Start, b.Open, b.High, b.Low, b.Close, b.Volume)).ToList(),
        BrokerExecutionStrength = detail?.ExecutionStrength,
    };
}
