using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Risk;

/// <summary>Raises an alert; a journal failure is logged (the alert's event is journaled and published by the caller anyway).</summary>
internal static class RiskAlerts
{
    public static async Task RaiseAsync(IRiskAlertJournal alerts, ILogger logger, string accountKey, RiskAlert alert)
    {
        try
        {
            await alerts.RaiseAsync(alert);
        }
        catch (Exception e)
        {
            logger.AlertFailed(e, accountKey, alert.Code);
        }
    }
}
