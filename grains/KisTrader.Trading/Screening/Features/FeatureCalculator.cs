using System.Globalization;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// Computes the six features of strategy.md §2 from a <see cref="SymbolDayInput"/>, exactly and in decimal. Each
/// feature can be computed on its own from the parts of the input it needs (for the funnel); a part that is absent
/// gives <see cref="FeatureState.Missing"/>, an undefined value <see cref="FeatureState.NotComputable"/>. Never divides
/// by zero, never throws on odd market data.
/// <list type="bullet">
/// <item>C1 = day volume × N ÷ Σ(last N previous volumes) (= volume ÷ N-day mean), N = 20.</item>
/// <item>C2 = (close − P14) ÷ P14; P14 = close of the last bar with trades that ends at or before the cutoff (14:00),
/// i.e. the last trade before 14:00:00 at minute-bar resolution (see <see cref="MinuteBar"/>).</item>
/// <item>C3 = Σ volume of the bars from the cutoff to the close (the bar stamped at the close holds the closing auction,
/// as KIS and the simulator book it; bars after the close — closing-price session, after-hours — are not counted) ÷ day
/// volume (as of the 15:30 close). Only the late bars are needed, so the funnel can fetch 14:00–close.</item>
/// <item>C4 = buy ÷ sell × 100 from the cumulative volumes, else the broker's 체결강도 (KIS <c>tday_rltv</c>).</item>
/// <item>C5 = (close − previous close) ÷ previous close − index day return.</item>
/// <item>C6 = close ÷ VWAP; VWAP = supplied value, else trading value ÷ volume (computed as close × volume ÷ value).</item>
/// </list>
/// </summary>
public sealed class FeatureCalculator
{
    /// <summary>
    /// The KRX regular close (base KST, 15:30): the day's figures are as of it (strategy.md §3 Conventions). It moves with
    /// the late-session cutoff on special days (both lie after the midday split).
    /// </summary>
    public static readonly TimeOnly RegularClose = new(15, 30);

    private readonly int _historyDays;
    private readonly TimeOnly _lateSessionStart;
    private readonly TimeOnly _sessionOpen;

    public FeatureCalculator(FeatureOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, ScreeningOptions.Section + ":Features");
        _historyDays = options.VolumeHistoryDays;
        _lateSessionStart = options.LateSessionStart;
        _sessionOpen = options.SessionOpen;
    }

    /// <summary>The actual KST cutoff on a day: the base late-session start shifted by the day's schedule (none when null).</summary>
    public TimeOnly CutoffFor(TradingDaySchedule? schedule) =>
        schedule is null ? _lateSessionStart : KrxTime.TimeOf(schedule.At(_lateSessionStart));

    /// <summary>The actual KST first bar of a day: the base session open shifted by the day's schedule (none when null).</summary>
    public TimeOnly OpenFor(TradingDaySchedule? schedule) =>
        schedule is null ? _sessionOpen : KrxTime.TimeOf(schedule.At(_sessionOpen));

    /// <summary>The KST close on the day whose late-session cutoff is <paramref name="cutoff"/> (15:30 on a normal day).</summary>
    public TimeOnly CloseAfter(TimeOnly cutoff) => cutoff.Add(RegularClose - _lateSessionStart);

    /// <summary>All six features on a normal day.</summary>
    public SymbolFeatures Compute(SymbolDayInput input) => Compute(input, _lateSessionStart, _sessionOpen);

    /// <summary>All six features on a day with the given schedule (null = a normal day).</summary>
    public SymbolFeatures Compute(SymbolDayInput input, TradingDaySchedule? schedule) => Compute(input, CutoffFor(schedule), OpenFor(schedule));

    /// <summary>All six features with an explicit KST late-session cutoff and first-bar time.</summary>
    public SymbolFeatures Compute(SymbolDayInput input, TimeOnly cutoff, TimeOnly open)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scan = BarScan.Of(input.MinuteBars, cutoff, CloseAfter(cutoff));
        var (strength, source) = StrengthOf(input);
        return new SymbolFeatures
        {
            Code = input.Code,
            VolumeMultiple = VolumeMultiple(input),
            LateSessionReturn = LateSessionReturn(input, scan, open),
            LateVolumeShare = LateVolumeShare(input, scan),
            ExecutionStrength = strength,
            RelativeReturn = RelativeReturn(input),
            CloseToVwap = CloseToVwap(input, out var vwap),
            LateSessionCutoff = cutoff,
            PriceAtCutoff = scan.LastPriceBefore,
            Vwap = vwap,
            DayReturn = input.PreviousClose > 0 ? (input.Close - input.PreviousClose) / input.PreviousClose : null,
            ExecutionStrengthSource = source,
        };
    }

    /// <summary>C1: today's volume ÷ the mean volume of the previous <c>VolumeHistoryDays</c> trading days.</summary>
    public FeatureValue VolumeMultiple(SymbolDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = CheckHistorySum(input.PreviousVolumes, out var sum);
        if (!check.IsUsable)
        {
            return check.AsFeature();
        }

        if (input.DayVolume < 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NoDayVolume, $"day volume {N(input.DayVolume)} is negative");
        }

        // volume ÷ (sum ÷ N) written as volume × N ÷ sum: one division, exact whenever the ratio terminates.
        return FeatureValue.Known(input.DayVolume * (decimal)_historyDays / sum);
    }

    /// <summary>
    /// The rule "is this history usable for C1": at least <c>VolumeHistoryDays</c> previous days, none negative, and a
    /// positive sum over the last <c>VolumeHistoryDays</c>. It depends on the history alone — today's volume cannot fix a
    /// history that fails it — so a funnel can apply it before reading any quote.
    /// </summary>
    public HistoryCheck CheckHistory(IReadOnlyList<long>? history) => CheckHistorySum(history, out _);

    /// <summary>The history rule in one pass over the history, giving the sum of the last <c>VolumeHistoryDays</c> volumes.</summary>
    private HistoryCheck CheckHistorySum(IReadOnlyList<long>? history, out decimal sum)
    {
        sum = 0;
        if (history is null)
        {
            return new(false, FeatureIssue.NotSupplied, "previous daily volumes not supplied");
        }

        if (history.Count < _historyDays)
        {
            return new(false, FeatureIssue.InsufficientHistory, $"only {history.Count} of the {_historyDays} previous trading days are known");
        }

        for (var i = history.Count - _historyDays; i < history.Count; i++)
        {
            var volume = history[i];
            if (volume < 0)
            {
                return new(false, FeatureIssue.NoHistoryVolume, $"previous volume {N(volume)} is negative");
            }

            sum += volume;
        }

        return sum == 0 ? new(false, FeatureIssue.NoHistoryVolume, $"the previous {_historyDays} days traded no volume") : HistoryCheck.Usable;
    }

    /// <summary>C2: (close − P14) ÷ P14 with the given KST cutoff and first-bar time.</summary>
    public FeatureValue LateSessionReturn(SymbolDayInput input, TimeOnly cutoff, TimeOnly open)
    {
        ArgumentNullException.ThrowIfNull(input);
        return LateSessionReturn(input, BarScan.Of(input.MinuteBars, cutoff, CloseAfter(cutoff)), open);
    }

    /// <summary>C3: the share of the day volume traded from the KST cutoff to the close (closing auction included).</summary>
    public FeatureValue LateVolumeShare(SymbolDayInput input, TimeOnly cutoff)
    {
        ArgumentNullException.ThrowIfNull(input);
        return LateVolumeShare(input, BarScan.Of(input.MinuteBars, cutoff, CloseAfter(cutoff)));
    }

    /// <summary>C4 and the source it came from.</summary>
    public static (FeatureValue Value, ExecutionStrengthSource Source) ExecutionStrength(SymbolDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return StrengthOf(input);
    }

    /// <summary>C5: the stock's day return minus its market index's day return.</summary>
    public static FeatureValue RelativeReturn(SymbolDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.PreviousClose <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NonPositivePreviousClose, $"previous close {N(input.PreviousClose)} is not positive");
        }

        return input.Close <= 0
            ? FeatureValue.NotComputable(FeatureIssue.NonPositiveClose, $"close {N(input.Close)} is not positive")
            : FeatureValue.Known(((input.Close - input.PreviousClose) / input.PreviousClose) - input.IndexDayReturn);
    }

    /// <summary>C6: close ÷ VWAP.</summary>
    public static FeatureValue CloseToVwap(SymbolDayInput input) => CloseToVwap(input, out _);

    private static FeatureValue CloseToVwap(SymbolDayInput input, out decimal? vwap)
    {
        ArgumentNullException.ThrowIfNull(input);
        vwap = null;
        if (input.Close <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NonPositiveClose, $"close {N(input.Close)} is not positive");
        }

        if (input.Vwap is { } supplied)
        {
            if (supplied <= 0)
            {
                return FeatureValue.NotComputable(FeatureIssue.NonPositiveVwap, $"VWAP {N(supplied)} is not positive");
            }

            vwap = supplied;
            return FeatureValue.Known(input.Close / supplied);
        }

        if (input.DayVolume <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NoDayVolume, $"day volume {N(input.DayVolume)} leaves the VWAP undefined");
        }

        if (input.DayTradingValue <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NonPositiveVwap, $"trading value {N(input.DayTradingValue)} is not positive");
        }

        vwap = input.DayTradingValue / input.DayVolume;
        return FeatureValue.Known(input.Close * input.DayVolume / input.DayTradingValue);
    }

    private static FeatureValue LateSessionReturn(SymbolDayInput input, in BarScan scan, TimeOnly open)
    {
        if (scan.Problem is { } problem)
        {
            return problem;
        }

        if (input.Close <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NonPositiveClose, $"close {N(input.Close)} is not positive");
        }

        if (scan.LastPriceBefore is { } p14)
        {
            return FeatureValue.Known((input.Close - p14) / p14);
        }

        // No traded bar before the cutoff. Only bars reaching back to the open prove there was no trade; otherwise the
        // earlier bars were not fetched (the funnel fetches the late session first, then pages back): missing.
        return scan.HasEarlyBars && scan.Earliest <= open
            ? FeatureValue.NotComputable(FeatureIssue.NoTradeBeforeCutoff, $"no trade before {scan.Cutoff:HH\\:mm}")
            : FeatureValue.Missing($"minute bars before {scan.Cutoff:HH\\:mm} back to the last trade");
    }

    private static FeatureValue LateVolumeShare(SymbolDayInput input, in BarScan scan)
    {
        if (scan.Problem is { } problem)
        {
            return problem;
        }

        if (input.DayVolume <= 0)
        {
            return FeatureValue.NotComputable(FeatureIssue.NoDayVolume, $"day volume {N(input.DayVolume)} is not positive");
        }

        if (scan.LateVolume > input.DayVolume)
        {
            return FeatureValue.NotComputable(FeatureIssue.BarVolumeExceedsDayVolume,
                $"bars from {scan.Cutoff:HH\\:mm} hold {N(scan.LateVolume)} shares, more than the day volume {N(input.DayVolume)}");
        }

        return FeatureValue.Known((decimal)scan.LateVolume / input.DayVolume);
    }

    private static (FeatureValue, ExecutionStrengthSource) StrengthOf(SymbolDayInput input)
    {
        if (input is { BuyInitiatedVolume: { } buy, SellInitiatedVolume: { } sell })
        {
            return (Strength(buy, sell, "cumulative"), ExecutionStrengthSource.CumulativeVolumes);
        }

        if (input.BrokerExecutionStrength is { } broker)
        {
            return broker < 0
                ? (FeatureValue.NotComputable(FeatureIssue.InvalidBrokerExecutionStrength, $"broker 체결강도 {N(broker)} is negative"), ExecutionStrengthSource.Broker)
                : (FeatureValue.Known(broker), ExecutionStrengthSource.Broker);
        }

        return (FeatureValue.Missing("buy/sell-initiated volumes or the broker 체결강도"), ExecutionStrengthSource.None);
    }

    private static FeatureValue Strength(long buy, long sell, string what) => buy < 0 || sell <= 0
        ? FeatureValue.NotComputable(FeatureIssue.NoSellInitiatedVolume, $"{what} buy {N(buy)} / sell {N(sell)} has no defined ratio")
        : FeatureValue.Known(buy * 100m / sell);

    private static string N(decimal value) => value.ToString("#,0.########", CultureInfo.InvariantCulture);
}
