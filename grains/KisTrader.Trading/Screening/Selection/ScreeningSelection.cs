using System.Collections.Immutable;

namespace KisTrader.Trading.Screening.Selection;

/// <summary>The selected symbols and their backups (strategy.md §5), both in rank order.</summary>
/// <param name="Selected">The top <c>SelectedCount</c> candidates (fewer when there are fewer candidates).</param>
/// <param name="Backups">The next <c>BackupCount</c> candidates.</param>
public sealed record ScreeningSelection(ImmutableArray<Candidate> Selected, ImmutableArray<Candidate> Backups);
