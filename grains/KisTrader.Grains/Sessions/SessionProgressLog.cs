using KisTrader.Grains.Screening;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Sessions;

/// <summary>Logs the funnel's stage lines ("stage 3/4: quotes 342/342, 344 calls, 19.1 s").</summary>
internal sealed class SessionProgressLog(ILogger logger, DateOnly date) : IProgress<FunnelProgress>
{
    public void Report(FunnelProgress value)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.StageProgress(date, value.ToString());
        }
    }
}
