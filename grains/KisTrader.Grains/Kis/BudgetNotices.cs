namespace KisTrader.Grains.Kis;

/// <summary>
/// Which holder changes of the rate budget are worth an event. A holder that went quiet while holding no quota and was
/// reclaimed freed nothing: telling it, and telling it "joined" again when its next call brings it back, would fill the
/// journal and the alerts feed with bookkeeping (an idle silo comes and goes every few seconds of silence). Such a
/// holder is remembered here and both changes are kept silent (the log still has them); a reclaim that frees quota and
/// the first join of a holder are told. In memory only: after a reactivation a quiet holder's return is told once.
/// </summary>
public sealed class BudgetNotices
{
    private readonly HashSet<string> _quietlyReclaimed = new(StringComparer.Ordinal);

    /// <summary>Whether the reclaim of <paramref name="holderId"/>, which held <paramref name="quota"/>, is told.</summary>
    public bool TellReclaim(string holderId, int quota)
    {
        ArgumentNullException.ThrowIfNull(holderId);
        if (quota > 0)
        {
            _quietlyReclaimed.Remove(holderId);
            return true;
        }

        _quietlyReclaimed.Add(holderId);
        return false;
    }

    /// <summary>Whether <paramref name="holderId"/> joining (again) is told: not when it comes back from a quiet reclaim.</summary>
    public bool TellJoin(string holderId)
    {
        ArgumentNullException.ThrowIfNull(holderId);
        return !_quietlyReclaimed.Remove(holderId);
    }
}
