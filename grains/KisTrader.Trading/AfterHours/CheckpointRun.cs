using System.Collections.Immutable;
using KisTrader.Trading.Exits;

namespace KisTrader.Trading.AfterHours;

/// <summary>One checkpoint evaluation: walks the active symbols best first and accumulates the next state.</summary>
internal sealed class CheckpointRun
{
    private readonly ImmutableArray<AfterHoursDecision>.Builder _decisions = ImmutableArray.CreateBuilder<AfterHoursDecision>();
    private readonly AfterHoursPlanner _planner;
    private readonly AfterHoursState _start;
    private readonly TimeOnly _checkpoint;
    private readonly bool _hasNext;
    private readonly Dictionary<string, AfterHoursObservation> _observations;
    private readonly decimal _threshold;
    private AfterHoursState _next;
    private decimal _cash;
    private bool _signal;
    private bool _observedAny;

    public CheckpointRun(
        AfterHoursPlanner planner,
        AfterHoursState state,
        TimeOnly checkpoint,
        bool hasNext,
        Dictionary<string, AfterHoursObservation> observations,
        decimal orderableCash)
    {
        _planner = planner;
        _start = state;
        _checkpoint = checkpoint;
        _hasNext = hasNext;
        _observations = observations;
        _threshold = state.Threshold;
        _next = state;
        _cash = Math.Max(0m, orderableCash);
    }

    public AfterHoursCheckpointResult Execute(TimeOnly? nextCheckpoint)
    {
        // Iterate the state as it was: a backup promoted here is evaluated from the next checkpoint on.
        foreach (var symbol in _start.Active.ToList())
        {
            Decide(symbol, _planner.Assess(symbol.Entry, _observations.GetValueOrDefault(symbol.Code), _threshold));
        }

        var (nextThreshold, thresholdReason) = NextThreshold();
        ResearchRequest? research = null;
        var options = _planner.Options;
        if (options.ResearchEnabled && nextCheckpoint is { } evaluateAt && _next.Research == ResearchStatus.NotRequested
            && _checkpoint >= options.ResearchCheckpoint && !_next.AnyBought)
        {
            research = new ResearchRequest(options.ResearchRelaxLevels, _checkpoint, evaluateAt);
            _next = _next with { Research = ResearchStatus.Requested };
        }

        return new AfterHoursCheckpointResult
        {
            State = _next with { Threshold = nextThreshold, LastCheckpoint = _checkpoint },
            Checkpoint = _checkpoint,
            Decisions = _decisions.ToImmutable(),
            Threshold = _threshold,
            NextThreshold = nextThreshold,
            SignalFound = _signal,
            ThresholdReason = thresholdReason,
            Research = research,
        };
    }

    private void Decide(WatchedSymbol symbol, AfterHoursAssessment a)
    {
        var change = a.Change is { } c ? $"{DecisionText.Pct(c)} vs close {DecisionText.Won(symbol.Entry.Close)}" : null;
        if (symbol.Status == WatchStatus.Bought)
        {
            var again = a.IsSignal ? $"; signal again ({change}) refused" : string.Empty;
            Add(symbol, a, AfterHoursAction.AlreadyBought,
                $"already bought at {DecisionText.Time(symbol.Buy!.Checkpoint)}: at most one buy per symbol per session{again}");
            return;
        }

        if (a.Observed is not { } observed)
        {
            Add(symbol, a, AfterHoursAction.NoData, "no after-hours match and no indicative price: no decision");
            return;
        }

        _observedAny = true;
        var seen = $"{(observed.Source == ObservedPriceSource.Match ? "match" : "indicative")} {DecisionText.Won(observed.Price)} ({change})";
        if (a.IsSignal)
        {
            _signal = true;
            Buy(symbol, a, seen);
        }
        else if (a.IsDropCandidate)
        {
            Drop(symbol, a, seen);
        }
        else
        {
            Add(symbol, a, AfterHoursAction.Hold, $"{seen} below threshold {DecisionText.Pct(_threshold)}");
        }
    }

    private void Buy(WatchedSymbol symbol, AfterHoursAssessment a, string seen)
    {
        var (price, capped) = _planner.OrderPrice(symbol.Entry, a.Observed!.Value.Price);
        var (amount, bound) = new[]
        {
            (symbol.Allocation, "allocation"),
            (_cash, "orderable cash"),
            (_next.RemainingBudget, "remaining session budget"),
        }.MinBy(x => x.Item1);
        var quantity = AfterHoursOrderPricer.Quantity(amount, price);
        var priced = $"{DecisionText.Won(price)}{(capped ? " (capped at the after-hours upper limit)" : string.Empty)}";
        var signal = $"{seen} ≥ threshold {DecisionText.Pct(_threshold)}";
        if (quantity == 0)
        {
            Add(symbol, a, AfterHoursAction.ZeroQuantity,
                $"{signal}, but the {bound} {DecisionText.Won(amount)} buys 0 shares at {priced}: skipped", price, 0, capped);
            return;
        }

        var buy = new AfterHoursBuy(_checkpoint, price, quantity);
        _cash -= buy.Amount;
        _next = _next.Replace(symbol with { Status = WatchStatus.Bought, StatusAt = _checkpoint, Buy = buy })
            with { Committed = _next.Committed + buy.Amount };
        Add(symbol, a, AfterHoursAction.Buy,
            $"{signal}: buy {quantity} at {priced} = {DecisionText.Won(buy.Amount)} (limited by the {bound} {DecisionText.Won(amount)})",
            price, quantity, capped);
    }

    private void Drop(WatchedSymbol symbol, AfterHoursAssessment a, string seen)
    {
        var why = $"{seen} ≤ drop trigger {DecisionText.Pct(_planner.Options.BackupDropTrigger)}: dropped";
        _next = _next.Replace(symbol with { Status = WatchStatus.Dropped, StatusAt = _checkpoint });
        var backup = _hasNext ? _next.UnusedBackups.FirstOrDefault() : null;
        if (backup is null)
        {
            Add(symbol, a, AfterHoursAction.Drop,
                why + (_hasNext ? "; no unused backup left" : "; last checkpoint, no backup promoted"));
            return;
        }

        _next = _next.Replace(backup with
        {
            Status = WatchStatus.Monitored,
            Allocation = symbol.Allocation,
            Replaces = symbol.Code,
            StatusAt = _checkpoint,
        });
        Add(symbol, a, AfterHoursAction.Drop,
            $"{why}; backup {backup.Code} (rank {backup.Entry.Rank}) takes its place from the next checkpoint", replacement: backup.Code);
    }

    private (decimal Threshold, string Reason) NextThreshold()
    {
        var options = _planner.Options;
        if (_signal)
        {
            return (_threshold, "a symbol reached the threshold: unchanged");
        }

        if (!_hasNext)
        {
            return (_threshold, "last checkpoint: unchanged");
        }

        if (!_observedAny)
        {
            // A feed gap says nothing about the market; lowering the bar on missing data would be a silent change.
            return (_threshold, "no monitored symbol had an observed price: unchanged");
        }

        var lowered = Math.Max(options.ThresholdFloor, _threshold - options.ThresholdStep);
        return lowered < _threshold
            ? (lowered, $"no symbol at or above {DecisionText.Pct(_threshold)}: lowered to {DecisionText.Pct(lowered)}")
            : (_threshold, $"no symbol at or above {DecisionText.Pct(_threshold)}, already at the floor {DecisionText.Pct(options.ThresholdFloor)}");
    }

    private void Add(
        WatchedSymbol symbol,
        AfterHoursAssessment a,
        AfterHoursAction action,
        string reason,
        decimal? price = null,
        long quantity = 0,
        bool capped = false,
        string? replacement = null) =>
        _decisions.Add(new AfterHoursDecision(
            symbol.Code, symbol.Entry.Rank, action, symbol.Entry.Close, a.Observed?.Price, a.Observed?.Source, a.Change,
            _threshold, price, quantity, capped, replacement, reason));
}
