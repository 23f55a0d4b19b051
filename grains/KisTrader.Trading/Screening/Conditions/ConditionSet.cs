namespace KisTrader.Trading.Screening.Conditions;

/// <summary>A set of conditions as bit flags (bit <c>i</c> = <see cref="ConditionId"/> <c>i</c>); allocation-free.</summary>
[Flags]
public enum ConditionSet
{
    None = 0,
    VolumeMultiple = 1 << (int)ConditionId.VolumeMultiple,
    LateSessionReturn = 1 << (int)ConditionId.LateSessionReturn,
    LateVolumeShare = 1 << (int)ConditionId.LateVolumeShare,
    ExecutionStrength = 1 << (int)ConditionId.ExecutionStrength,
    RelativeReturn = 1 << (int)ConditionId.RelativeReturn,
    CloseToVwap = 1 << (int)ConditionId.CloseToVwap,
    All = VolumeMultiple | LateSessionReturn | LateVolumeShare | ExecutionStrength | RelativeReturn | CloseToVwap,
}
