using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Web.WhatIf;

/// <summary>Six numbers by condition name (C1 volumeMultiple … C6 closeToVwap), in each condition's unit.</summary>
public sealed record ConditionValues(
    decimal VolumeMultiple,
    decimal LateSessionReturn,
    decimal LateVolumeShare,
    decimal ExecutionStrength,
    decimal RelativeReturn,
    decimal CloseToVwap)
{
    public static ConditionValues Of(ConditionVector v) =>
        new(v.VolumeMultiple, v.LateSessionReturn, v.LateVolumeShare, v.ExecutionStrength, v.RelativeReturn, v.CloseToVwap);
}
