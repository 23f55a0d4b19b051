namespace KisTrader.Grains.Storage;

/// <summary>What a ranked candidate became (strategy.md §5).</summary>
public enum CandidateRole
{
    /// <summary>Among the top SelectedCount: gets a share of the budget.</summary>
    Selected,

    /// <summary>Among the next BackupCount: replaces a dropped selected symbol.</summary>
    Backup,

    /// <summary>Ranked but neither selected nor a backup.</summary>
    Candidate,
}
