using System.Runtime.CompilerServices;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;

namespace KisTrader.Kis.Client;

/// <summary>The quotation endpoints over the market-data connection; parsing is the Models parsers' job.</summary>
internal sealed class KisMarketDataClient(KisConnections connections) : IKisMarketData
{
    private readonly KisConnection _connection = connections.MarketData;

    public async Task<StockQuote> GetQuoteAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.InquirePrice, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return StockQuote.Parse(reply["output"]);
    }

    public async Task<IReadOnlyList<StockExecution>> GetRecentExecutionsAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.InquireCcnl, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return StockExecution.ParseRows(reply["output"]);
    }

    public async Task<KisChart<DailyChartSummary, DailyBar>> GetDailyChartAsync(DailyChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.DailyItemChart, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return new(DailyChartSummary.Parse(reply["output1"]), DailyBar.ParseRows(reply["output2"]));
    }

    public IAsyncEnumerable<DailyBar> GetDailyBarsAsync(DailyChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PageBackwardsAsync(
            request.From, request.To, async (to, ct) => (await GetDailyChartAsync(request with { To = to }, lane, ct).ConfigureAwait(false)).Rows, b => b.Date, cancellationToken);
    }

    public async Task<KisChart<MinuteChartSummary, MinuteBar>> GetMinuteChartAsync(MinuteChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.TimeItemChart, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return new(MinuteChartSummary.Parse(reply["output1"]), MinuteBar.ParseRows(reply["output2"]));
    }

    public async IAsyncEnumerable<MinuteBar> GetMinuteBarsAsync(MinuteChartRequest request, TimeOnly? earliest = null, KisLane lane = KisLane.Screening, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var floor = earliest ?? new TimeOnly(9, 0);
        var page = request;
        while (true)
        {
            var chart = await GetMinuteChartAsync(page, lane, cancellationToken).ConfigureAwait(false);
            var rows = chart.Rows.Where(b => b.Time >= floor && b.Time <= page.At).ToList();
            foreach (var bar in rows)
            {
                yield return bar;
            }

            // 30 bars per call, newest first: ask again one minute before the oldest (kis-api.md §4.4).
            if (rows.Count == 0)
            {
                yield break;
            }

            var oldest = rows.Min(b => b.Time);
            if (oldest <= floor || oldest.Hour == 0 && oldest.Minute == 0)
            {
                yield break;
            }

            page = page with { At = oldest.AddMinutes(-1) };
        }
    }

    public async Task<OvertimeQuote> GetOvertimeQuoteAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.OvertimePrice, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return OvertimeQuote.Parse(reply["output"]);
    }

    public async Task<OvertimeOrderBook> GetOvertimeOrderBookAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.OvertimeAskingPrice, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return OvertimeOrderBook.Parse(reply["output"]);
    }

    public async Task<KisChart<OvertimeSummary, OvertimeExecution>> GetOvertimeExecutionsAsync(OvertimeConclusionRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.TimeOvertimeConclusion, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return new(OvertimeSummary.Parse(reply["output1"]), OvertimeExecution.ParseRows(reply["output2"]));
    }

    public async Task<KisChart<OvertimeSummary, OvertimeDailyBar>> GetOvertimeDailyPricesAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.DailyOvertimePrice, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return new(OvertimeSummary.Parse(reply["output1"]), OvertimeDailyBar.ParseRows(reply["output2"]));
    }

    public async Task<IndexQuote> GetIndexQuoteAsync(IndexQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reply = await _connection.QueryAsync(KisEndpoints.IndexPrice, query.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return IndexQuote.Parse(reply["output"]);
    }

    public async Task<KisChart<IndexChartSummary, IndexDailyBar>> GetIndexChartAsync(IndexChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.DailyIndexChart, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return new(IndexChartSummary.Parse(reply["output1"]), IndexDailyBar.ParseRows(reply["output2"]));
    }

    public IAsyncEnumerable<IndexDailyBar> GetIndexDailyBarsAsync(IndexChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PageBackwardsAsync(
            request.From, request.To, async (to, ct) => (await GetIndexChartAsync(request with { To = to }, lane, ct).ConfigureAwait(false)).Rows, b => b.Date, cancellationToken);
    }

    /// <summary>
    /// Daily-chart paging (kis-api.md §4.3): each call returns up to a page of rows ending at <c>to</c>; the next call ends
    /// the day before the oldest row returned, until a page is empty or reaches <paramref name="from"/>.
    /// </summary>
    private static async IAsyncEnumerable<TBar> PageBackwardsAsync<TBar>(
        DateOnly from,
        DateOnly to,
        Func<DateOnly, CancellationToken, Task<IReadOnlyList<TBar>>> fetch,
        Func<TBar, DateOnly> dateOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageTo = to;
        while (true)
        {
            var rows = (await fetch(pageTo, cancellationToken).ConfigureAwait(false)).Where(b => dateOf(b) >= from && dateOf(b) <= pageTo).ToList();
            foreach (var bar in rows)
            {
                yield return bar;
            }

            if (rows.Count == 0)
            {
                yield break;
            }

            var next = rows.Min(dateOf).AddDays(-1);
            if (next < from)
            {
                yield break;
            }

            pageTo = next;
        }
    }

    public async Task<IReadOnlyList<VolumeRankRow>> GetVolumeRankAsync(VolumeRankRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _connection.QueryAsync(KisEndpoints.VolumeRank, request.ToQuery(), lane, cancellationToken).ConfigureAwait(false);
        return VolumeRankRow.ParseRows(reply["output"]);
    }

    public async IAsyncEnumerable<MarketDay> GetMarketDaysAsync(HolidayRequest request, KisLane lane = KisLane.Screening, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await foreach (var reply in _connection.PagesAsync(KisEndpoints.ChkHoliday, request.ToQuery, lane, cancellationToken).ConfigureAwait(false))
        {
            foreach (var day in MarketDay.ParseRows(reply["output"]))
            {
                yield return day;
            }
        }
    }
}
