using System.Collections.Immutable;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>
/// The holding-day exit policy for one trading day (strategy.md §7). It maps the base window times through the
/// day's <see cref="TradingDaySchedule"/>, picks the active window by the clock and evaluates that window's rules.
/// Call <see cref="Evaluate"/> at every price update and at every
/// boundary (<see cref="NextBoundaryAfter"/>) even when no price arrived, passing the last quote, so a window change acts on the last price.
/// </summary>
public sealed class ExitPolicy : IExitRule
{
    private readonly ImmutableDictionary<ExitWindow, IExitRule> _rules;
    private readonly ForcedExitRule _forced;

    public ExitPolicy(ExitOptions options, PriceGrid grid, TradingDaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(schedule);
        Options = OptionsValidation.ThrowIfInvalid(options, ExitOptions.Section);
        Schedule = schedule;
        MorningStart = schedule.At(options.MorningStart);
        AfternoonStart = schedule.At(options.AfternoonStart);
        PreCloseStart = schedule.At(options.PreCloseStart);
        ForcedExitStart = schedule.At(options.ForcedExitStart);
        ForcedMarketConversion = schedule.At(options.ForcedMarketConversion);
        MarketClose = schedule.At(options.MarketClose);
        Boundaries = [MorningStart, AfternoonStart, PreCloseStart, ForcedExitStart, ForcedMarketConversion, MarketClose];
        for (var i = 1; i < Boundaries.Length; i++)
        {
            if (Boundaries[i] <= Boundaries[i - 1])
            {
                throw new ArgumentException(
                    $"the schedule of {schedule.Date:yyyy-MM-dd} maps the exit window times out of order " +
                    $"({DecisionText.Instant(Boundaries[i - 1])} then {DecisionText.Instant(Boundaries[i])})",
                    nameof(schedule));
            }
        }

        var stopLoss = new StopLossRule(options.AfternoonStopLoss, grid);
        IExitRule partial = options.PartialAtAfternoonStart
            ? new ScheduledPartialRule(options.PartialFraction, grid)
            : new PartialTakeProfitRule(options.AfternoonPartialTakeProfit, options.PartialFraction, grid);
        _forced = new ForcedExitRule(ForcedMarketConversion, grid);
        _rules = new Dictionary<ExitWindow, IExitRule>
        {
            [ExitWindow.Morning] = new CompositeExitRule(
                new StopLossRule(options.MorningStopLoss, grid), new TakeProfitRule(options.MorningTakeProfit, grid)),
            [ExitWindow.Afternoon] = new CompositeExitRule(stopLoss, partial),
            [ExitWindow.PreClose] = new CompositeExitRule(
                stopLoss, new FlatRangeRule(options.FlatRangeLower, options.FlatRangeUpper, grid), partial),
            [ExitWindow.ClosingAuction] = _forced,
        }.ToImmutableDictionary();
    }

    /// <summary>The validated options.</summary>
    public ExitOptions Options { get; }

    /// <summary>The trading day this policy is for.</summary>
    public TradingDaySchedule Schedule { get; }

    /// <summary>Actual start of the morning window (base 09:00).</summary>
    public DateTimeOffset MorningStart { get; }

    /// <summary>Actual start of the afternoon window (base 13:00).</summary>
    public DateTimeOffset AfternoonStart { get; }

    /// <summary>Actual start of the pre-close window (base 15:00).</summary>
    public DateTimeOffset PreCloseStart { get; }

    /// <summary>Actual start of the forced exit (base 15:20).</summary>
    public DateTimeOffset ForcedExitStart { get; }

    /// <summary>Actual instant at which forced exits become market orders (base 15:25).</summary>
    public DateTimeOffset ForcedMarketConversion { get; }

    /// <summary>Actual close (base 15:30).</summary>
    public DateTimeOffset MarketClose { get; }

    /// <summary>Every instant at which the applicable rules change, ascending.</summary>
    public ImmutableArray<DateTimeOffset> Boundaries { get; }

    /// <summary>The window active at <paramref name="now"/>; each window includes its start and excludes its end.</summary>
    public ExitWindow WindowAt(DateTimeOffset now) =>
        now < MorningStart ? ExitWindow.BeforeOpen
        : now < AfternoonStart ? ExitWindow.Morning
        : now < PreCloseStart ? ExitWindow.Afternoon
        : now < ForcedExitStart ? ExitWindow.PreClose
        : now < MarketClose ? ExitWindow.ClosingAuction
        : ExitWindow.AfterClose;

    /// <summary>The first boundary strictly after <paramref name="now"/> (for a grain timer), or null after the close.</summary>
    public DateTimeOffset? NextBoundaryAfter(DateTimeOffset now)
    {
        foreach (var boundary in Boundaries)
        {
            if (boundary > now)
            {
                return boundary;
            }
        }

        return null;
    }

    /// <summary>The rule set of a window (<see cref="NullExitRule"/> outside the trading windows).</summary>
    public IExitRule RulesFor(ExitWindow window) => _rules.GetValueOrDefault(window, NullExitRule.Instance);

    /// <summary>
    /// Evaluates the active window's rules. Without a quote yet (e.g. the 09:00 boundary before the first trade),
    /// nothing happens except in the closing auction, where the forced exit goes in as a market order.
    /// </summary>
    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot? quote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (quote is not null && !string.Equals(quote.Code, position.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"quote for {quote.Code} given for position {position.Code}", nameof(quote));
        }

        var window = WindowAt(now);
        var decision = window switch
        {
            _ when position.Quantity <= 0 => ExitDecision.Hold("no shares held"),
            ExitWindow.BeforeOpen => ExitDecision.Hold($"before the open ({DecisionText.Instant(MorningStart)})"),
            ExitWindow.AfterClose => ExitDecision.Hold(
                $"after the close ({DecisionText.Instant(MarketClose)}); {position.Quantity} shares still held"),
            ExitWindow.ClosingAuction when quote is null => _forced.EvaluateWithoutQuote(position, now),
            _ when quote is null => ExitDecision.Hold("no price yet today"),
            _ => RulesFor(window).Evaluate(position, quote, now),
        };
        return decision with { Window = window };
    }
}
