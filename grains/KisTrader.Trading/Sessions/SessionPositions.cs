namespace KisTrader.Trading.Sessions;

/// <summary>
/// The positions a session opened, as the lifecycle needs them: how many there are and how many are settled (closed
/// or abandoned — nothing held and nothing working). The grain counts them from the positions' own views.
/// </summary>
/// <param name="Total">Positions the session's after-hours board handed a buy to.</param>
/// <param name="Settled">Of those, the ones closed or abandoned.</param>
/// <param name="NotFlat">The symbols of the positions that are not settled (for the alert that names them).</param>
public sealed record SessionPositions(int Total, int Settled, IReadOnlyList<string> NotFlat)
{
    /// <summary>No position at all.</summary>
    public static SessionPositions None { get; } = new(0, 0, []);

    /// <summary>True when every position is settled (also when there is none).</summary>
    public bool AllSettled => Settled >= Total;
}
