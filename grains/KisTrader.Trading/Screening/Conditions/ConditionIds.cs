using System.Collections.Immutable;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>Helpers over <see cref="ConditionId"/> and <see cref="ConditionSet"/>.</summary>
public static class ConditionIds
{
    /// <summary>The six conditions in table order C1 … C6.</summary>
    public static ImmutableArray<ConditionId> All { get; } =
    [
        ConditionId.VolumeMultiple,
        ConditionId.LateSessionReturn,
        ConditionId.LateVolumeShare,
        ConditionId.ExecutionStrength,
        ConditionId.RelativeReturn,
        ConditionId.CloseToVwap,
    ];

    /// <summary>The number of core conditions (6).</summary>
    public const int Count = 6;

    /// <summary>The strategy label, "C1" … "C6" (the form used by statistics and the journal).</summary>
    public static string Label(this ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => "C1",
        ConditionId.LateSessionReturn => "C2",
        ConditionId.LateVolumeShare => "C3",
        ConditionId.ExecutionStrength => "C4",
        ConditionId.RelativeReturn => "C5",
        ConditionId.CloseToVwap => "C6",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown condition"),
    };

    /// <summary>The single-condition set of <paramref name="id"/>.</summary>
    public static ConditionSet ToSet(this ConditionId id) => (ConditionSet)(1 << (int)id);

    /// <summary>True when <paramref name="set"/> contains <paramref name="id"/>.</summary>
    public static bool Contains(this ConditionSet set, ConditionId id) => (set & id.ToSet()) != 0;

    /// <summary>The members of a set in table order.</summary>
    public static ImmutableArray<ConditionId> Members(this ConditionSet set) => [.. All.Where(id => set.Contains(id))];
}
