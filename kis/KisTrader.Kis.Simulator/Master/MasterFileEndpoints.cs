using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KisTrader.Kis.Simulator.Market;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Master;

/// <summary>
/// Serves kospi_code.mst.zip, kosdaq_code.mst.zip and idxcode.mst.zip at the configured paths (no authentication, like KIS's
/// download host). A file is built once per (market generation, trading date) and cached.
/// </summary>
internal static class MasterFileEndpoints
{
    // Per market instance (hosts in one process never share files), keyed by the loaded generation.
    private static readonly ConditionalWeakTable<ISimMarket, ConcurrentDictionary<(long Generation, string File, DateOnly Date), byte[]>> Caches = [];

    public static IEndpointRouteBuilder MapSimMasterFiles(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SimMarketOptions>>().Value;
        endpoints.MapGet(options.KospiMasterPath, (HttpContext c) => Serve(c, "kospi_code.mst"));
        endpoints.MapGet(options.KosdaqMasterPath, (HttpContext c) => Serve(c, "kosdaq_code.mst"));
        endpoints.MapGet(options.IndexMasterPath, (HttpContext c) => Serve(c, "idxcode.mst"));
        return endpoints;
    }

    /// <summary>The zip of a master file as of an instant (the trading date current at that instant).</summary>
    public static byte[] Build(ISimMarket market, string file, DateTimeOffset at)
    {
        var date = market.CurrentTradingDate(at);
        var cache = Caches.GetValue(market, _ => new());
        return cache.GetOrAdd((market.Generation, file, date), key => MasterFileWriter.Zip(key.File, key.File switch
        {
            "kospi_code.mst" => MasterFileWriter.Listings(market, SimMarketId.Kospi, key.Date),
            "kosdaq_code.mst" => MasterFileWriter.Listings(market, SimMarketId.Kosdaq, key.Date),
            _ => MasterFileWriter.Indices([("0001", "종합"), ("1001", "코스닥")]),
        }));
    }

    private static IResult Serve(HttpContext context, string file)
    {
        var services = context.RequestServices;
        var market = services.GetRequiredService<ISimMarket>();
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        return Results.File(Build(market, file, now), "application/zip", file + ".zip");
    }
}
