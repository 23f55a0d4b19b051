namespace KisTrader.Trading.Exits;

/// <summary>The rule that never sells (outside the exit windows, or as a neutral element).</summary>
public sealed class NullExitRule : IExitRule
{
    /// <summary>The shared instance.</summary>
    public static NullExitRule Instance { get; } = new();

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now) =>
        ExitDecision.Hold("no exit rule applies");
}
