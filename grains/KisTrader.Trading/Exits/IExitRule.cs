namespace KisTrader.Trading.Exits;

/// <summary>
/// One holding-phase exit rule (style.md G6): a pure function of the position, its latest quote and the clock.
/// Rules never read a clock or perform I/O; <see cref="ExitPolicy"/> picks which rules apply at an instant.
/// </summary>
public interface IExitRule
{
    /// <summary>Decides whether to sell now and how much.</summary>
    ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now);
}
