using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;

namespace KisTrader.Grains.Screening;

/// <summary>
/// Finds every listing whose day trading value reaches the base filter's minimum, <em>at any price</em>, with a few
/// volume-rank calls (거래금액순, real keys only) instead of one quote per listing. The bound: a ranking sorted by trading
/// value, descending, over a price band holds every listing of the band at or above the minimum when its last row is
/// below the minimum, or when it returned fewer rows than a full page; otherwise the band is split and each part asked
/// again. The first call asks the whole market; if that is not complete it is split at the close filter's bounds
/// (below, inside, above [MinClose, MaxClose]) so that the rows also tell each liquid listing's close: a listing outside
/// the price range is then dropped for its price, and one absent from the ranking for its trading value
/// (<see cref="Trading.Screening.Universe.UniversePrefilter"/>). Null = the ranking is not available (paper key: no call
/// is spent; a business error) or a band could not be split further: the caller then quotes everything.
/// </summary>
internal static class TradingValueRank
{
    private const decimal HighestSplit = 1_000_000_000_000m;

    public static async Task<(IReadOnlyDictionary<string, VolumeRankRow>? Liquid, int Calls)> LiquidListingsAsync(
        IKisMarketData kis, decimal minTradingValue, decimal minClose, decimal maxClose, CancellationToken ct)
    {
        var liquid = new Dictionary<string, VolumeRankRow>(StringComparer.Ordinal);
        var bands = new Stack<(decimal? Min, decimal? Max)>();
        bands.Push((null, null));
        var pageSize = 0;
        var calls = 0;
        while (bands.TryPop(out var band))
        {
            IReadOnlyList<VolumeRankRow> rows;
            calls++;
            try
            {
                rows = await kis.GetVolumeRankAsync(
                    new VolumeRankRequest { SortBy = VolumeRankSort.TradingValue, MinPrice = band.Min, MaxPrice = band.Max }, KisLane.Screening, ct);
            }
            catch (KisEndpointNotAvailableException)
            {
                // A paper key: the client refuses before sending anything, so this attempt cost no call.
                return (null, calls - 1);
            }
            catch (KisApiException)
            {
                return (null, calls);
            }

            pageSize = Math.Max(pageSize, rows.Count);
            foreach (var row in rows.Where(r => r.TradingValue >= minTradingValue))
            {
                liquid.TryAdd(row.Symbol, row);
            }

            var complete = rows.Count == 0 || rows.Count < pageSize || rows[^1].TradingValue < minTradingValue;
            if (!complete && !Split(band, minClose, maxClose, bands))
            {
                return (null, calls);
            }
        }

        return (liquid, calls);
    }

    /// <summary>Pushes the parts of an incomplete band; false when it cannot be split (a one-won band, or absurd prices).</summary>
    private static bool Split((decimal? Min, decimal? Max) band, decimal minClose, decimal maxClose, Stack<(decimal? Min, decimal? Max)> bands)
    {
        switch (band)
        {
            case (null, null):
                var inside = (Min: decimal.Ceiling(minClose), Max: decimal.Floor(maxClose));
                if (inside.Min > 1)
                {
                    bands.Push((null, inside.Min - 1));
                }

                bands.Push(inside);
                bands.Push((inside.Max + 1, null));
                return true;
            case ({ } min, null):
                if (min > HighestSplit)
                {
                    return false;
                }

                var tenfold = Math.Max(min, 1) * 10;
                bands.Push((min, tenfold - 1));
                bands.Push((tenfold, null));
                return true;
            default:
                var low = band.Min ?? 0;
                var high = band.Max!.Value;
                if (high - low < 1)
                {
                    return false;
                }

                var mid = decimal.Floor((low + high) / 2);
                bands.Push((band.Min, mid));
                bands.Push((mid + 1, high));
                return true;
        }
    }
}
