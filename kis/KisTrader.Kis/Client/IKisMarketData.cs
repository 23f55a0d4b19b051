using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;

namespace KisTrader.Kis.Client;

/// <summary>
/// Quotation endpoints (kis-api.md §4) on the market-data key. Every call takes a <see cref="KisLane"/>: exit checks
/// pass <see cref="KisLane.ExitChecks"/> so they overtake screening when the budget is short. Transient failures are
/// retried; business errors throw <see cref="Transport.KisApiException"/> with msg_cd and msg1.
/// </summary>
public interface IKisMarketData
{
    /// <summary>inquire-price (현재가 시세).</summary>
    Task<StockQuote> GetQuoteAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-ccnl: the last 30 prints with 체결강도.</summary>
    Task<IReadOnlyList<StockExecution>> GetRecentExecutionsAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-daily-itemchartprice, one call (≤ 100 bars, newest first) with its summary.</summary>
    Task<KisChart<DailyChartSummary, DailyBar>> GetDailyChartAsync(DailyChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>Every daily bar of the range, newest first, paging backwards by date (To = oldest − 1 day).</summary>
    IAsyncEnumerable<DailyBar> GetDailyBarsAsync(DailyChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-time-itemchartprice, one call: ≤ 30 one-minute bars at or before <see cref="MinuteChartRequest.At"/>.</summary>
    Task<KisChart<MinuteChartSummary, MinuteBar>> GetMinuteChartAsync(MinuteChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>Today's one-minute bars from <see cref="MinuteChartRequest.At"/> back to <paramref name="earliest"/> (default 09:00), newest first, 30 per call.</summary>
    IAsyncEnumerable<MinuteBar> GetMinuteBarsAsync(MinuteChartRequest request, TimeOnly? earliest = null, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-overtime-price (시간외현재가, real only).</summary>
    Task<OvertimeQuote> GetOvertimeQuoteAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-overtime-asking-price (시간외호가, real only).</summary>
    Task<OvertimeOrderBook> GetOvertimeOrderBookAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-time-overtimeconclusion (시간외시간별체결).</summary>
    Task<KisChart<OvertimeSummary, OvertimeExecution>> GetOvertimeExecutionsAsync(OvertimeConclusionRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-daily-overtimeprice (시간외일자별주가, 30 days).</summary>
    Task<KisChart<OvertimeSummary, OvertimeDailyBar>> GetOvertimeDailyPricesAsync(SymbolQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-index-price (업종 현재지수, real only).</summary>
    Task<IndexQuote> GetIndexQuoteAsync(IndexQuery query, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>inquire-daily-indexchartprice, one call with its summary.</summary>
    Task<KisChart<IndexChartSummary, IndexDailyBar>> GetIndexChartAsync(IndexChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>Every daily index bar of the range, newest first, paging backwards by date.</summary>
    IAsyncEnumerable<IndexDailyBar> GetIndexDailyBarsAsync(IndexChartRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>volume-rank (거래량순위, real only).</summary>
    Task<IReadOnlyList<VolumeRankRow>> GetVolumeRankAsync(VolumeRankRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);

    /// <summary>chk-holiday (real only; call about once a day): the days from the base date on, paged.</summary>
    IAsyncEnumerable<MarketDay> GetMarketDaysAsync(HolidayRequest request, KisLane lane = KisLane.Screening, CancellationToken cancellationToken = default);
}
