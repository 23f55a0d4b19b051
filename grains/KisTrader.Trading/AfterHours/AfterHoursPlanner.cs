using System.Collections.Immutable;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// The after-hours buy decisions of strategy.md §6, as pure state transitions: <see cref="Start"/> a session's watch
/// list, <see cref="Evaluate"/> it at each checkpoint (signals, buys, threshold lowering, backup swaps, re-search
/// request), <see cref="AddResearchedSymbols"/> after a re-search, and <see cref="WithdrawBuy"/> when a buy
/// submission was finally rejected. Nothing here reads a clock or talks to the broker.
/// </summary>
public sealed class AfterHoursPlanner
{
    private readonly AfterHoursOrderPricer _pricer;

    public AfterHoursPlanner(AfterHoursOptions options, PriceGrid grid)
    {
        Options = OptionsValidation.ThrowIfInvalid(options, AfterHoursOptions.Section);
        _pricer = new AfterHoursOrderPricer(grid);
        Checkpoints = [.. options.Checkpoints];
    }

    /// <summary>The validated options.</summary>
    public AfterHoursOptions Options { get; }

    /// <summary>The base checkpoint times, ascending.</summary>
    public ImmutableArray<TimeOnly> Checkpoints { get; }

    /// <summary>The pricer used for buy orders.</summary>
    public AfterHoursOrderPricer Pricer => _pricer;

    /// <summary>The initial state: selected entries monitored, backups waiting, threshold at its initial value.</summary>
    public AfterHoursState Start(IEnumerable<WatchEntry> entries, decimal budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, 0m);
        var list = WatchEntryValidation.Check(entries, nameof(entries));
        return new AfterHoursState
        {
            Symbols = [.. list.Select(e => e.IsBackup
                ? new WatchedSymbol(e, WatchStatus.Backup, 0m)
                : new WatchedSymbol(e, WatchStatus.Monitored, e.AllocatedAmount))],
            Threshold = Options.InitialThreshold,
            Budget = budget,
        };
    }

    /// <summary>A symbol's standing against a threshold; comparisons are exact (no division at the boundary).</summary>
    public AfterHoursAssessment Assess(WatchEntry entry, AfterHoursObservation? observation, decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (observation is not null && !string.Equals(observation.Code, entry.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"observation for {observation.Code} given for {entry.Code}", nameof(observation));
        }

        if (ObservedPrice.Choose(observation) is not { } observed)
        {
            return new AfterHoursAssessment(null, null, false, false);
        }

        var diff = observed.Price - entry.Close;
        return new AfterHoursAssessment(
            observed, diff / entry.Close, diff >= threshold * entry.Close, diff <= Options.BackupDropTrigger * entry.Close);
    }

    /// <summary>
    /// Evaluates a checkpoint. <paramref name="orderableCash"/> is the account's cash available for buying without
    /// margin, fees included (KIS inquire-psbl-order nrcvb_buy_amt), read just before; buys within the checkpoint
    /// consume it best rank first. Checkpoints must be configured ones, evaluated in ascending order (one may be skipped).
    /// </summary>
    public AfterHoursCheckpointResult Evaluate(
        AfterHoursState state, TimeOnly checkpoint, IEnumerable<AfterHoursObservation> observations, decimal orderableCash)
    {
        ArgumentNullException.ThrowIfNull(state);
        var index = Checkpoints.IndexOf(checkpoint);
        if (index < 0)
        {
            throw new ArgumentException($"{DecisionText.Time(checkpoint)} is not a configured checkpoint", nameof(checkpoint));
        }

        if (state.LastCheckpoint is { } last && checkpoint <= last)
        {
            throw new ArgumentException(
                $"checkpoint {DecisionText.Time(checkpoint)} is not after the last evaluated one ({DecisionText.Time(last)})", nameof(checkpoint));
        }

        var run = new CheckpointRun(this, state, checkpoint, hasNext: index < Checkpoints.Length - 1, Index(observations), orderableCash);
        return run.Execute(index < Checkpoints.Length - 1 ? Checkpoints[index + 1] : null);
    }

    /// <summary>
    /// Merges the re-searched symbols (requested by a checkpoint) into the watch list: new selected symbols are
    /// monitored from the next checkpoint with their own allocation, new backups join the backups; codes already on
    /// the watch list, in any status, are ignored. The session budget still caps all buys.
    /// </summary>
    public static ResearchMerge AddResearchedSymbols(AfterHoursState state, IEnumerable<WatchEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Research != ResearchStatus.Requested)
        {
            throw new InvalidOperationException($"no re-search is pending (status {state.Research})");
        }

        var list = WatchEntryValidation.Check(entries, nameof(entries));
        var round = state.Symbols.Max(s => (int?)s.Round) + 1 ?? 1;
        var added = ImmutableArray.CreateBuilder<string>();
        var ignored = ImmutableArray.CreateBuilder<string>();
        var symbols = state.Symbols.ToBuilder();
        foreach (var e in list)
        {
            if (state.Find(e.Code) is not null)
            {
                ignored.Add(e.Code);
                continue;
            }

            symbols.Add(e.IsBackup
                ? new WatchedSymbol(e, WatchStatus.Backup, 0m, round, StatusAt: state.LastCheckpoint)
                : new WatchedSymbol(e, WatchStatus.Monitored, e.AllocatedAmount, round, StatusAt: state.LastCheckpoint));
            added.Add(e.Code);
        }

        var next = state with { Symbols = symbols.ToImmutable(), Research = ResearchStatus.Completed };
        return new ResearchMerge(next, added.ToImmutable(), ignored.ToImmutable());
    }

    /// <summary>
    /// Undoes a buy whose submission finally failed or was rejected (no order exists): the symbol is monitored
    /// again and its amount returns to the budget. Only placed orders count toward "one buy per symbol".
    /// </summary>
    public static AfterHoursState WithdrawBuy(AfterHoursState state, string code)
    {
        ArgumentNullException.ThrowIfNull(state);
        var symbol = state.Find(code) ?? throw new ArgumentException($"{code} is not on the watch list", nameof(code));
        if (symbol.Status != WatchStatus.Bought || symbol.Buy is null)
        {
            throw new InvalidOperationException($"{code} has no buy to withdraw (status {symbol.Status})");
        }

        return state.Replace(symbol with { Status = WatchStatus.Monitored, Buy = null, StatusAt = state.LastCheckpoint })
            with { Committed = Math.Max(0m, state.Committed - symbol.Buy.Amount) };
    }

    internal (decimal Price, bool Capped) OrderPrice(WatchEntry entry, decimal observed) =>
        _pricer.OrderPrice(observed, entry.Close, entry.PreviousClose);

    private static Dictionary<string, AfterHoursObservation> Index(IEnumerable<AfterHoursObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var byCode = new Dictionary<string, AfterHoursObservation>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(observations));
            if (!byCode.TryAdd(o.Code, o))
            {
                throw new ArgumentException($"two observations for {o.Code}", nameof(observations));
            }
        }

        return byCode;
    }
}
