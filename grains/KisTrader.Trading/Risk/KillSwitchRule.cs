namespace KisTrader.Trading.Risk;

/// <summary>
/// The account's switches: a halted symbol takes no orders at all; the kill switch ("halt entries", "flatten") and a
/// reconciliation halt refuse buys and let sells (exits) through.
/// </summary>
public sealed class KillSwitchRule : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        var s = check.Switches;
        if (s.HaltedSymbols.TryGetValue(order.Symbol, out var why))
        {
            return new RiskRefusal(RiskCodes.SymbolHalted, $"{order.Symbol} is halted ({why}): no new orders until a person lifts it");
        }

        if (!order.IsEntry)
        {
            return null;
        }

        if (s.Flattening)
        {
            return new RiskRefusal(RiskCodes.KillSwitch, "kill switch \"flatten\" is on: no new entries");
        }

        if (s.EntriesHalted)
        {
            return new RiskRefusal(RiskCodes.KillSwitch, "kill switch \"halt entries\" is on: no new entries");
        }

        return s.ReconciliationHalt
            ? new RiskRefusal(RiskCodes.ReconciliationHalt, "an unexplained broker/journal difference halts new entries until a person resumes")
            : null;
    }
}
