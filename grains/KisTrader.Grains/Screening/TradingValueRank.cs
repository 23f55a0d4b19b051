using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;

namespace KisTrader.Grains.Screening;

/// <summary>
/// Finds every listing whose day trading value reaches the base filter's minimum with a few volume-rank calls
/// (거래금액순, real keys only) instead of one quote per listing. The bound: a ranking sorted by trading value,
/// descending, over a price band holds every listing of the band at or above the minimum when its last row is below
/// the minimum, or when it returned fewer rows than a full page; otherwise the band is split in two and each half is
/// asked again. Listings outside [MinClose, MaxClose] fail the close filter anyway. Null = the ranking is not
/// available (paper key: no call is spent; a business error) or a one-won band overflowed: the caller then quotes
/// everything.
/// </summary>
internal static class TradingValueRank
{
    public static async Task<(HashSet<string>? Codes, int Calls)> LiquidCodesAsync(
        IKisMarketData kis, decimal minTradingValue, decimal minClose, decimal maxClose, CancellationToken ct)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var bands = new Stack<(decimal Min, decimal Max)>();
        bands.Push((decimal.Floor(minClose), decimal.Ceiling(maxClose)));
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
            codes.UnionWith(rows.Where(r => r.TradingValue >= minTradingValue).Select(r => r.Symbol));
            var complete = rows.Count == 0 || rows.Count < pageSize || rows[^1].TradingValue < minTradingValue;
            if (complete)
            {
                continue;
            }

            if (band.Max - band.Min < 1)
            {
                return (null, calls);
            }

            var mid = decimal.Floor((band.Min + band.Max) / 2);
            bands.Push((band.Min, mid));
            bands.Push((mid + 1, band.Max));
        }

        return (codes, calls);
    }
}
