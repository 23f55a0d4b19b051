using KisTrader.Kis.Client;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Screening;

/// <summary>
/// The reference the funnel is measured against: every listing of the master files gets a quote, its daily chart, all
/// of today's minute bars and its executions, with the same reads and mapping as the funnel, then the same screen. Its
/// ranked list must equal the funnel's on the same market; it costs about 17 calls per listing.
/// </summary>
public sealed class NaiveScreeningCollector
{
    private readonly IKisMarketData _kis;
    private readonly IMasterFileSource _masterFiles;
    private readonly Screener _screener;
    private readonly KrxCalendar _calendar;
    private readonly FunnelOptions _options;

    /// <summary>Uses <paramref name="options"/> for concurrency and the history range (validated; the pruning options are ignored).</summary>
    public NaiveScreeningCollector(IKisMarketData kis, IMasterFileSource masterFiles, Screener screener, KrxCalendar calendar, FunnelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FunnelOptionsValidator.ThrowIfInvalid(options);
        _kis = kis;
        _masterFiles = masterFiles;
        _screener = screener;
        _calendar = calendar;
        _options = options;
    }

    /// <summary>Collects everything for <paramref name="date"/> and screens it; returns the request, result and calls spent.</summary>
    public async Task<(ScreeningRequest Request, ScreeningResult Result, int Calls)> RunAsync(DateOnly date, decimal orderableCash, CancellationToken ct)
    {
        var schedule = _calendar.Schedule(date);
        var close = KrxTime.TimeOf(schedule.At(FeatureCalculator.RegularClose));
        var cutoff = _screener.Calculator.CutoffFor(schedule);
        var open = _screener.Calculator.OpenFor(schedule);
        var members = await BrokerReads.UniverseAsync(_masterFiles, ct);
        var indices = new IndexReturns(
            await BrokerReads.IndexReturnAsync(_kis, IndexQuery.Kospi, date, ct),
            await BrokerReads.IndexReturnAsync(_kis, IndexQuery.Kosdaq, date, ct));
        var calls = 2;
        var rows = await BoundedWork.RunAsync(members, _options.MaxConcurrency, async (m, token) =>
        {
            var history = await BrokerReads.HistoryAsync(_kis, m.Code, date, _options.HistoryCalendarDays, token);
            var quote = await BrokerReads.QuoteAsync(_kis, m.Code, token);
            var (bars, barCalls) = await BrokerReads.MinuteBarsAsync(_kis, m.Code, close, cutoff, open, stopAtCutoffPrint: false, token);
            var strength = await BrokerReads.StrengthAsync(_kis, m.Code, token);
            Interlocked.Add(ref calls, 3 + barCalls);
            return quote is null ? null : BrokerReads.ToInput(m, quote, history, indices, new SymbolDetail(m.Code, bars, strength));
        }, () => { }, ct);
        var request = new ScreeningRequest([.. rows.OfType<Trading.Screening.Features.SymbolDayInput>()], orderableCash) { Schedule = schedule };
        return (request, _screener.Screen(request), calls);
    }
}
