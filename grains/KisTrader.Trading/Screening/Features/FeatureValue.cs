namespace KisTrader.Trading.Screening.Features;

/// <summary>One feature of one symbol: a value, or why there is none.</summary>
/// <param name="State">Known, missing or not computable.</param>
/// <param name="Value">The value in the condition's unit when <see cref="State"/> is Known; 0 otherwise.</param>
/// <param name="Issue">Why the value is absent; <see cref="FeatureIssue.None"/> when known.</param>
/// <param name="Note">Human explanation of the issue ("" when known).</param>
public readonly record struct FeatureValue(FeatureState State, decimal Value, FeatureIssue Issue, string Note)
{
    /// <summary>True when the value is known.</summary>
    public bool IsKnown => State == FeatureState.Known;

    /// <summary>A known value.</summary>
    public static FeatureValue Known(decimal value) => new(FeatureState.Known, value, FeatureIssue.None, "");

    /// <summary>An input was not supplied.</summary>
    public static FeatureValue Missing(string what) => new(FeatureState.Missing, 0m, FeatureIssue.NotSupplied, $"{what} not supplied");

    /// <summary>The value is undefined for this input.</summary>
    public static FeatureValue NotComputable(FeatureIssue issue, string note) => new(FeatureState.NotComputable, 0m, issue, note);

    /// <summary>True when known and at or above <paramref name="threshold"/>.</summary>
    public bool Meets(decimal threshold) => State == FeatureState.Known && Value >= threshold;
}
