namespace KisTrader.Trading.Screening.Features;

/// <summary>How much is known about one feature. The default value is <see cref="Missing"/>, so an uninitialised feature never passes.</summary>
public enum FeatureState
{
    /// <summary>The input it needs was not supplied (not fetched yet). Pruning treats it as passable; the screen as failed.</summary>
    Missing = 0,

    /// <summary>Computed; <see cref="FeatureValue.Value"/> holds it.</summary>
    Known = 1,

    /// <summary>The input is there but the value is undefined (too little history, a zero divisor …): fails at every level.</summary>
    NotComputable = 2,
}
