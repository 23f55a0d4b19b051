using KisTrader.GrainInterfaces;
using KisTrader.Web.Clock;
using KisTrader.Web.Hosting;

namespace KisTrader.Web.Apis;

/// <summary><c>GET /api/system/status</c>: mode, clock and speed, silos, market-data session, rate-budget use.</summary>
internal static class SystemApi
{
    private static readonly TimeSpan PartTimeout = TimeSpan.FromSeconds(5);

    public static void MapSystemApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/system").WithTags("System")
            .MapGet("/status", StatusAsync).Produces<SystemStatus>().WithSummary("What this front end and the cluster are doing");

    private static async Task<IResult> StatusAsync(FrontEndInfo info, IClockControl clock, IGrainFactory grains, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var logger = loggers.CreateLogger(typeof(SystemApi));
        async Task<T?> Part<T>(string name, Func<Task<T>> read)
            where T : class
        {
            try
            {
                return await read().WaitAsync(PartTimeout, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                errors[name] = $"{e.GetType().Name}: {e.Message}";
                WebLog.StatusPartFailed(logger, name, e.GetType().Name);
                return null;
            }
        }

        var clockState = await Part("clock", () => clock.GetAsync(cancellationToken));
        var silos = await Part("silos", async () => (IReadOnlyList<string>)[.. (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Keys.Select(s => s.ToString())]);
        var marketData = await Part("marketData", async () =>
        {
            var s = await grains.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).GetStatusAsync();
            return new MarketDataSummary(s.Silo, s.Connection, s.Restoring, s.RegistrationsUsed, s.RegistrationsLimit, s.Reconnects, s.FramesPublished, s.DroppedEvents, s.LastPublishedAt);
        });
        var budget = info.KisKeyId is { } keyId
            ? await Part("rateBudget", async () => await grains.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(keyId)).GetStatusAsync())
            : null;
        return TypedResults.Ok(new SystemStatus(info.Mode, info.Cluster, info.Storage, info.Simulator, clockState, silos, marketData, budget, errors));
    }
}
