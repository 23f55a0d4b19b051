using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.AfterHours;

namespace KisTrader.Grains.AfterHours;

/// <summary>Between the grain's persisted records and the pure planner's state, and to the wire views.</summary>
internal static class AfterHoursStateMapping
{
    public static AfterHoursState ToPlanner(this AfterHoursGrainState s) => new()
    {
        Symbols = [.. s.Symbols.Select(r => new WatchedSymbol(
            new WatchEntry(r.Code, r.Rank, r.Close, r.PreviousClose, r.IsBackup, r.AllocatedAmount),
            Enum.Parse<WatchStatus>(r.Status),
            r.Allocation,
            r.Round,
            r.Replaces,
            r.StatusAt,
            r.BuyCheckpoint is { } at ? new AfterHoursBuy(at, r.BuyPrice, r.BuyQuantity) : null))],
        Threshold = s.Threshold,
        Budget = s.Budget,
        Committed = s.Committed,
        LastCheckpoint = s.LastCheckpoint,
        Research = Enum.Parse<ResearchStatus>(s.Research),
    };

    /// <summary>Takes the planner's new state; grain-only facts (name, score, hand-over, feeds) are kept per code.</summary>
    public static void Apply(this AfterHoursGrainState s, AfterHoursState next, IReadOnlyDictionary<string, (string Name, decimal Score)>? added = null)
    {
        var byCode = s.Symbols.ToDictionary(r => r.Code, StringComparer.Ordinal);
        s.Symbols = [.. next.Symbols.Select(w =>
        {
            var r = byCode.GetValueOrDefault(w.Code) ?? new WatchedSymbolRecord { Code = w.Code };
            if (added is not null && added.TryGetValue(w.Code, out var facts))
            {
                (r.Name, r.Score) = facts;
            }

            r.Rank = w.Entry.Rank;
            r.Close = w.Entry.Close;
            r.PreviousClose = w.Entry.PreviousClose;
            r.IsBackup = w.Entry.IsBackup;
            r.AllocatedAmount = w.Entry.AllocatedAmount;
            r.Status = w.Status.ToString();
            r.Allocation = w.Allocation;
            r.Round = w.Round;
            r.Replaces = w.Replaces;
            r.StatusAt = w.StatusAt;
            r.BuyCheckpoint = w.Buy?.Checkpoint;
            r.BuyPrice = w.Buy?.OrderPrice ?? 0m;
            r.BuyQuantity = w.Buy?.Quantity ?? 0;
            return r;
        })];
        s.Threshold = next.Threshold;
        s.Budget = next.Budget;
        s.Committed = next.Committed;
        s.LastCheckpoint = next.LastCheckpoint;
        s.Research = next.Research.ToString();
    }

    public static AfterHoursDecisionView ToView(this AfterHoursDecision d, bool? fromRest) => new(
        d.Code, d.Rank, d.Action.ToString(), d.Close, d.Observed, d.Source?.ToString(), d.Observed is null || fromRest is null ? null : fromRest.Value ? "Rest" : "Feed",
        d.Change, d.Threshold, d.OrderPrice, d.Quantity, d.PriceCapped, d.Replacement);

    public static AfterHoursView ToView(this AfterHoursGrainState s, DateOnly date) => new(
        date, s.Started, s.Ended, s.Budget, s.Committed, s.Threshold, s.LastCheckpoint, s.Research,
        [.. s.Symbols.Select(r => new AfterHoursSymbolView(
            r.Code, r.Name, r.Rank, r.Round, r.IsBackup, r.Status, r.Close, r.PreviousClose, r.Allocation, r.Replaces, r.StatusAt,
            r.BuyCheckpoint, r.BuyCheckpoint is null ? null : r.BuyPrice, r.BuyQuantity, r.Handed))],
        [.. s.Checkpoints]);

    public static ImmutableArray<string> Codes(this AfterHoursGrainState s, Func<WatchedSymbolRecord, bool> filter) =>
        [.. s.Symbols.Where(filter).Select(r => r.Code)];
}
