using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Portfolio;
using KisTrader.Kis.Client;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Universe;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Screening;

/// <summary>
/// Collects a trading day's screening inputs through <see cref="IKisMarketData"/>, spending broker calls only where a
/// listing can still pass (architecture.md "Screening is a funnel"), then runs <see cref="Screener.Screen"/>:
/// <list type="number">
/// <item>Universe — the master files, no REST call. Drops listings flagged SPAC/REIT/fund/preferred/ETF/ETN/halted/
/// 관리종목 (base filters, never relaxed) and those that even a limit move (±<c>DailyPriceLimit</c> of the previous
/// close, shares unchanged) cannot bring inside the market-cap or close filters (<see cref="UniversePrefilter.PriorDay"/>).</item>
/// <item>History — previous daily volumes, one daily-chart call per listing; prefetchable before the close
/// (<see cref="PrefetchAsync"/>). Drops listings whose C1 cannot be computed (<see cref="FeatureCalculator.CheckHistory"/>).</item>
/// <item>Quotes — at the close: the KOSPI/KOSDAQ index returns, the trading-value ranking (drops the listings below the
/// minimum trading value, and those whose close it shows outside the price range) and one inquire-price per listing left.</item>
/// <item>Details — minute bars from the close back to P14 (30 per call) and 체결강도 (inquire-ccnl; inquire-price has
/// none), only for listings <see cref="Screener.Assess"/> says can still pass at relax 3.</item>
/// </list>
/// Each bound is one under which a dropped listing fails every level (and the re-search), so the ranked list equals a
/// full collection's (<see cref="NaiveScreeningCollector"/>). Pure orchestration: no Orleans, thread-safe per call; the
/// continuations stay on the caller's scheduler. Finished stages live in a <see cref="FunnelCheckpoint"/>, so a run
/// given a checkpoint skips them. A listing dropped before its quote for a base filter keeps every reason known to apply,
/// in the screen's fixed order (<see cref="PrunedListing"/>), and is counted under its primary reason.
/// </summary>
public sealed class ScreeningFunnel
{
    private readonly IKisMarketData _kis;
    private readonly IMasterFileSource _masterFiles;
    private readonly FunnelOptions _options;
    private readonly UniverseOptions _universe;
    private readonly UniversePrefilter _prefilter;
    private readonly KrxCalendar _calendar;
    private readonly TimeProvider _time;
    // The last overridden screen (a reference, swapped whole: callers on other threads see one pair or the other).
    private Tuple<PortfolioOverrides, Screener>? _overridden;

    public ScreeningFunnel(IKisMarketData kis, IMasterFileSource masterFiles, ScreeningOptions screening, FunnelOptions options, KrxCalendar calendar, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(options);
        FunnelOptionsValidator.ThrowIfInvalid(options);
        _kis = kis;
        _masterFiles = masterFiles;
        _options = options;
        Options = screening;
        Screener = new Screener(screening);
        _universe = screening.Universe;
        _prefilter = new UniversePrefilter(screening.Universe, options.DailyPriceLimit);
        _calendar = calendar;
        _time = time;
    }

    /// <summary>The screening options the funnel was built with (the portfolio configuration's defaults).</summary>
    public ScreeningOptions Options { get; }

    /// <summary>The screen the funnel feeds (the configured options, no portfolio override).</summary>
    public Screener Screener { get; }

    /// <summary>
    /// The screen with <paramref name="portfolio"/>'s budget, counts and mode over the configured options
    /// (<see cref="Screener"/> when null or empty). Validated like the options (throws <c>InvalidOptionsException</c>).
    /// </summary>
    public Screener ScreenerFor(PortfolioOverrides? portfolio)
    {
        if (portfolio is null || portfolio.IsEmpty)
        {
            return Screener;
        }

        if (_overridden is { } last && last.Item1 == portfolio)
        {
            return last.Item2;
        }

        var screener = new Screener(PortfolioRules.Apply(Options, portfolio));
        _overridden = Tuple.Create(portfolio, screener);
        return screener;
    }

    /// <summary>
    /// Stages 1–2 ahead of the close (master files and volume history do not change after the previous day's close).
    /// Fills the missing parts of <paramref name="checkpoint"/>; calls <paramref name="onStage"/> after each stage.
    /// </summary>
    public async Task PrefetchAsync(FunnelCheckpoint checkpoint, Func<FunnelCheckpoint, Task>? onStage, IProgress<FunnelProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Universe is null)
        {
            await UniverseStageAsync(checkpoint, progress, ct);
            await Notify(onStage, checkpoint);
        }

        if (checkpoint.History is null)
        {
            await HistoryStageAsync(checkpoint, progress, ct);
            await Notify(onStage, checkpoint);
        }
    }

    /// <summary>
    /// The whole funnel for <see cref="FunnelCheckpoint.Date"/> (call it after the close): the stages missing from
    /// <paramref name="checkpoint"/>, then the screen. <paramref name="onStage"/> runs after each newly finished stage
    /// (persist the checkpoint there to resume after a crash). <paramref name="portfolio"/> overrides the budget, counts
    /// and mode of the selection and allocation (null = the configured ones).
    /// </summary>
    public async Task<FunnelRun> RunAsync(
        FunnelCheckpoint checkpoint, decimal orderableCash, Func<FunnelCheckpoint, Task>? onStage, IProgress<FunnelProgress>? progress, CancellationToken ct,
        PortfolioOverrides? portfolio = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var started = Telemetry.GrainMetrics.ScreenStarting();
        var ok = false;
        try
        {
            var run = await RunStagesAsync(checkpoint, orderableCash, onStage, progress, ScreenerFor(portfolio), ct);
            ok = true;
            return run;
        }
        finally
        {
            Telemetry.GrainMetrics.ScreenFinished(started, ok);
        }
    }

    private async Task<FunnelRun> RunStagesAsync(
        FunnelCheckpoint checkpoint, decimal orderableCash, Func<FunnelCheckpoint, Task>? onStage, IProgress<FunnelProgress>? progress, Screener screener, CancellationToken ct)
    {
        var resumed = checkpoint.CompletedStages;
        await PrefetchAsync(checkpoint, onStage, progress, ct);
        var schedule = _calendar.Schedule(checkpoint.Date);
        if (checkpoint.Quotes is null)
        {
            await QuoteStageAsync(checkpoint, progress, ct);
            await Notify(onStage, checkpoint);
        }

        if (checkpoint.Details is null)
        {
            await DetailStageAsync(checkpoint, schedule, progress, ct);
            await Notify(onStage, checkpoint);
        }

        var request = new ScreeningRequest(Inputs(checkpoint, withDetails: true), orderableCash) { Schedule = schedule };
        return new FunnelRun(request, screener.Screen(request), [.. checkpoint.Stages.OrderBy(s => s.Stage)],
            PrunedCounts(checkpoint), resumed,
            [.. checkpoint.PrunedListings.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.ToExclusion())]);
    }

    /// <summary>
    /// The after-hours re-search (strategy.md §6) over a finished checkpoint's cached data: the screen is rebuilt from the
    /// stored stages (no broker call) and re-run <paramref name="relaxLevels"/> levels looser, leaving out
    /// <paramref name="alreadyWatched"/>, with the session's <paramref name="portfolio"/> (null = the configured one).
    /// Null when the checkpoint lacks the quote or detail stage.
    /// </summary>
    public ScreeningResult? Research(
        FunnelCheckpoint checkpoint, decimal orderableCash, IReadOnlyCollection<string> alreadyWatched, int relaxLevels, PortfolioOverrides? portfolio = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Quotes is null || checkpoint.Details is null)
        {
            return null;
        }

        var request = new ScreeningRequest(Inputs(checkpoint, withDetails: true), orderableCash) { Schedule = _calendar.Schedule(checkpoint.Date) };
        var screener = ScreenerFor(portfolio);
        return screener.Rescreen(screener.Screen(request), orderableCash, alreadyWatched, relaxLevels);
    }

    /// <summary>Why the universe stage drops a listing before any broker call, every reason in order (empty = keep).</summary>
    public ImmutableArray<ExclusionDetail> PruneReasons(UniverseMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _prefilter.PriorDay(member.Flags, member.PriorMarketCap, member.BasePrice);
    }

    private static Task Notify(Func<FunnelCheckpoint, Task>? onStage, FunnelCheckpoint checkpoint) =>
        onStage is null ? Task.CompletedTask : onStage(checkpoint);

    private async Task UniverseStageAsync(FunnelCheckpoint checkpoint, IProgress<FunnelProgress>? progress, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var members = await BrokerReads.UniverseAsync(_masterFiles, ct);
        var meter = new StageMeter(FunnelStage.Universe, members.Count, _time, progress);
        var alive = new List<UniverseMember>();
        checkpoint.PrunedByReason.Clear();
        checkpoint.PrunedListings.Clear();
        foreach (var member in members)
        {
            var reasons = PruneReasons(member);
            if (reasons.IsEmpty)
            {
                alive.Add(member);
            }
            else
            {
                Prune(checkpoint, PrunedListing.Of(member, FunnelStage.Universe, reasons));
            }
        }

        checkpoint.Universe = alive;
        var stats = meter.Finish(alive.Count) with { Elapsed = _time.GetElapsedTime(started) };
        progress?.Report(new FunnelProgress(FunnelStage.Universe, members.Count, members.Count, 0, stats.Elapsed));
        Record(checkpoint, stats);
    }

    private async Task HistoryStageAsync(FunnelCheckpoint checkpoint, IProgress<FunnelProgress>? progress, CancellationToken ct)
    {
        var members = checkpoint.Universe!;
        var meter = new StageMeter(FunnelStage.History, members.Count, _time, progress);
        meter.Start();
        var histories = await BoundedWork.RunAsync(members, _options.MaxConcurrency, async (m, token) =>
        {
            meter.AddCalls(1);
            return await BrokerReads.HistoryAsync(_kis, m.Code, checkpoint.Date, _options.HistoryCalendarDays, token);
        }, meter.Done, ct);
        var history = new Dictionary<string, long[]>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            history[members[i].Code] = histories[i];
        }

        checkpoint.History = history;
        Record(checkpoint, meter.Finish(members.Count(m => HistoryUsable(history[m.Code]))));
    }

    /// <summary>C1 is computable from the history alone or never: the day's volume cannot fix it.</summary>
    private bool HistoryUsable(long[] volumes) => Screener.Calculator.CheckHistory(volumes).IsUsable;

    /// <summary>Stage 1 cuts are counted in the checkpoint; the quote stage's are counted when the run is reported.</summary>
    private static void Prune(FunnelCheckpoint checkpoint, PrunedListing listing)
    {
        if (listing.Stage == FunnelStage.Universe)
        {
            var key = listing.Primary.ToString();
            checkpoint.PrunedByReason[key] = checkpoint.PrunedByReason.GetValueOrDefault(key) + 1;
        }

        checkpoint.PrunedListings.Add(listing);
    }

    /// <summary>Stage 1 and history counts with the ranking's cuts added by primary reason.</summary>
    private static ImmutableDictionary<string, int> PrunedCounts(FunnelCheckpoint checkpoint)
    {
        var counts = new Dictionary<string, int>(checkpoint.PrunedByReason, StringComparer.Ordinal);
        foreach (var listing in checkpoint.PrunedListings.Where(p => p.Stage == FunnelStage.Quotes))
        {
            var key = listing.Primary.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private async Task QuoteStageAsync(FunnelCheckpoint checkpoint, IProgress<FunnelProgress>? progress, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var members = checkpoint.Universe!.Where(m => HistoryUsable(checkpoint.History![m.Code])).ToList();
        var entered = members.Count;
        checkpoint.PrunedByReason["history"] = checkpoint.Universe!.Count - entered;
        var kospi = await BrokerReads.IndexReturnAsync(_kis, IndexQuery.Kospi, checkpoint.Date, ct);
        var kosdaq = await BrokerReads.IndexReturnAsync(_kis, IndexQuery.Kosdaq, checkpoint.Date, ct);
        var calls = 2;
        // A re-run (or a resume) computes this stage's cuts afresh: forget those of an earlier quote stage.
        checkpoint.PrunedListings.RemoveAll(p => p.Stage == FunnelStage.Quotes);
        if (_options.UseTradingValueRank)
        {
            var (liquid, rankCalls) = await TradingValueRank.LiquidListingsAsync(_kis, _universe.MinDayTradingValue, _universe.MinClose, _universe.MaxClose, ct);
            calls += rankCalls;
            if (liquid is not null)
            {
                members = [.. members.Where(m => KeepAfterRanking(checkpoint, m, liquid))];
            }
        }

        var meter = new StageMeter(FunnelStage.Quotes, members.Count, _time, progress);
        meter.AddCalls(calls);
        meter.Start();
        var quotes = await BoundedWork.RunAsync(members, _options.MaxConcurrency, async (m, token) =>
        {
            meter.AddCalls(1);
            return await BrokerReads.QuoteAsync(_kis, m.Code, token);
        }, meter.Done, ct);
        checkpoint.Indices = new IndexReturns(kospi, kosdaq);
        checkpoint.Quotes = [.. quotes.OfType<CloseQuote>()];
        var schedule = _calendar.Schedule(checkpoint.Date);
        var alive = Inputs(checkpoint, withDetails: false).Count(i => Screener.Assess(i, schedule).CanStillPass);
        Record(checkpoint, meter.Finish(alive) with { Entered = entered, Elapsed = _time.GetElapsedTime(started) });
    }

    /// <summary>
    /// The ranking's verdict on one listing: kept when it reaches the minimum trading value with a close inside the price
    /// range; otherwise pruned with every reason the ranking proves (price — plus the exact market cap when the row gives
    /// the listed shares — or, when absent, trading value).
    /// </summary>
    private bool KeepAfterRanking(FunnelCheckpoint checkpoint, UniverseMember member, IReadOnlyDictionary<string, VolumeRankRow> liquid)
    {
        ImmutableArray<ExclusionDetail> reasons = liquid.TryGetValue(member.Code, out var row)
            ? _prefilter.Ranked(row.Price, row.ListedShares)
            : [_prefilter.Unranked()];
        if (reasons.IsEmpty)
        {
            return true;
        }

        Prune(checkpoint, PrunedListing.Of(member, FunnelStage.Quotes, reasons));
        return false;
    }

    private async Task DetailStageAsync(FunnelCheckpoint checkpoint, TradingDaySchedule schedule, IProgress<FunnelProgress>? progress, CancellationToken ct)
    {
        var survivors = Inputs(checkpoint, withDetails: false).Where(i => Screener.Assess(i, schedule).CanStillPass).Select(i => i.Code).ToList();
        var meter = new StageMeter(FunnelStage.Details, survivors.Count, _time, progress);
        meter.Start();
        var close = KrxTime.TimeOf(schedule.At(FeatureCalculator.RegularClose));
        var cutoff = Screener.Calculator.CutoffFor(schedule);
        var open = Screener.Calculator.OpenFor(schedule);
        var details = await BoundedWork.RunAsync(survivors, _options.MaxConcurrency, async (code, token) =>
        {
            var (bars, calls) = await BrokerReads.MinuteBarsAsync(_kis, code, close, cutoff, open, stopAtCutoffPrint: true, token);
            meter.AddCalls(calls + 1);
            var strength = await BrokerReads.StrengthAsync(_kis, code, token);
            return new SymbolDetail(code, bars, strength);
        }, meter.Done, ct);
        checkpoint.Details = [.. details];
        Record(checkpoint, meter.Finish(survivors.Count));
    }

    private static List<SymbolDayInput> Inputs(FunnelCheckpoint checkpoint, bool withDetails)
    {
        var members = checkpoint.Universe!.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var details = withDetails && checkpoint.Details is { } d ? d.ToDictionary(x => x.Code, StringComparer.Ordinal) : null;
        return [.. checkpoint.Quotes!.Select(q => BrokerReads.ToInput(
            members[q.Code], q, checkpoint.History![q.Code], checkpoint.Indices!, details?.GetValueOrDefault(q.Code)))];
    }

    private static void Record(FunnelCheckpoint checkpoint, StageStats stats)
    {
        checkpoint.Stages.RemoveAll(s => s.Stage == stats.Stage);
        checkpoint.Stages.Add(stats);
    }
}
