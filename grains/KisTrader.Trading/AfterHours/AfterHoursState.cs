using System.Collections.Immutable;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// The immutable state of one session's after-hours phase: the watch list with each symbol's status, the threshold
/// for the next checkpoint, the budget committed so far and the re-search progress. Created by
/// <see cref="AfterHoursPlanner.Start"/> and advanced only by the planner, so a grain can persist it as is.
/// </summary>
public sealed record AfterHoursState
{
    /// <summary>Every symbol ever on the watch list, in the order it was added.</summary>
    public required ImmutableArray<WatchedSymbol> Symbols { get; init; }

    /// <summary>The signal threshold the next checkpoint uses.</summary>
    public required decimal Threshold { get; init; }

    /// <summary>The session budget in KRW: buys never commit more in total.</summary>
    public required decimal Budget { get; init; }

    /// <summary>KRW committed by buys so far (order price × quantity).</summary>
    public decimal Committed { get; init; }

    /// <summary>The last evaluated checkpoint, or null before the first.</summary>
    public TimeOnly? LastCheckpoint { get; init; }

    /// <summary>Progress of the one re-search.</summary>
    public ResearchStatus Research { get; init; }

    /// <summary>The budget not yet committed.</summary>
    public decimal RemainingBudget => Math.Max(0m, Budget - Committed);

    /// <summary>True once any buy was placed this session.</summary>
    public bool AnyBought => Symbols.Any(s => s.Status == WatchStatus.Bought);

    /// <summary>The symbols evaluated at checkpoints (monitored or bought), best first.</summary>
    public IEnumerable<WatchedSymbol> Active => Ordered(s => s.IsActive);

    /// <summary>The unused backups, best first.</summary>
    public IEnumerable<WatchedSymbol> UnusedBackups => Ordered(s => s.Status == WatchStatus.Backup);

    /// <summary>The symbol with this code, or null.</summary>
    public WatchedSymbol? Find(string code) => Symbols.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    internal AfterHoursState Replace(WatchedSymbol updated)
    {
        var index = Symbols.IndexOf(Find(updated.Code)!);
        return this with { Symbols = Symbols.SetItem(index, updated) };
    }

    // Ranks compare only within one screen: the session's screen (round 0) comes before the re-search (round 1).
    private IEnumerable<WatchedSymbol> Ordered(Func<WatchedSymbol, bool> filter) =>
        Symbols.Where(filter).OrderBy(s => s.Round).ThenBy(s => s.Entry.Rank).ThenBy(s => s.Code, StringComparer.Ordinal);
}
