using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Selection;

/// <summary>How many candidates are selected and held in reserve (strategy.md §5). Section <c>Strategy:Screening:Selection</c>.</summary>
public sealed class SelectionOptions
{
    /// <summary>The top candidates by rank that are watched and bought after hours. Default 5.</summary>
    [Range(1, 100)]
    public int SelectedCount { get; set; } = 5;

    /// <summary>The next candidates by rank, promoted when a selected symbol is dropped. Default 5.</summary>
    [Range(0, 100)]
    public int BackupCount { get; set; } = 5;

    public override string ToString() => $"{nameof(SelectedCount)} {SelectedCount}, {nameof(BackupCount)} {BackupCount}";
}
