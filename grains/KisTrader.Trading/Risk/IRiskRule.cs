namespace KisTrader.Trading.Risk;

/// <summary>One risk gate: null when it lets the order through, else its refusal with the figures.</summary>
public interface IRiskRule
{
    /// <summary>Judges <paramref name="check"/>.</summary>
    RiskRefusal? Check(RiskCheck check);
}
