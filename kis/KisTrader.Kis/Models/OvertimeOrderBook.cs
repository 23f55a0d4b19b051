using System.Globalization;
using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-overtime-asking-price <c>output</c>: the 시간외 단일가 order book. Levels with price 0 (empty) are left out,
/// so <see cref="Asks"/>/<see cref="Bids"/> hold only real levels, best first (KIS sends 10; the after-hours book has 9).
/// </summary>
public sealed record OvertimeOrderBook
{
    public const string EndpointName = "inquire-overtime-asking-price";

    private const int Levels = 10;

    /// <summary>ovtm_untp_last_hour: time of the last match or update (KST), when sent.</summary>
    public TimeOnly? LastTime { get; init; }

    /// <summary>ovtm_untp_askp1..10 with ovtm_untp_askp_rsqn1..10 and _icdc.</summary>
    public required IReadOnlyList<OvertimeBookLevel> Asks { get; init; }

    /// <summary>ovtm_untp_bidp1..10 with ovtm_untp_bidp_rsqn1..10 and _icdc.</summary>
    public required IReadOnlyList<OvertimeBookLevel> Bids { get; init; }

    /// <summary>ovtm_untp_total_askp_rsqn.</summary>
    public long TotalAskQuantity { get; init; }

    /// <summary>ovtm_untp_total_bidp_rsqn.</summary>
    public long TotalBidQuantity { get; init; }

    /// <summary>Parses <c>output</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static OvertimeOrderBook Parse(JsonElement output)
    {
        var f = KisFields.Of(output, EndpointName, "output");
        return new OvertimeOrderBook
        {
            LastTime = f.OptionalTime("ovtm_untp_last_hour"),
            Asks = Side(f, "askp"),
            Bids = Side(f, "bidp"),
            TotalAskQuantity = f.Whole("ovtm_untp_total_askp_rsqn"),
            TotalBidQuantity = f.Whole("ovtm_untp_total_bidp_rsqn"),
        };
    }

    private static List<OvertimeBookLevel> Side(KisFields f, string side)
    {
        // Level 1 must be there (it is the book); deeper levels may be missing on older or trimmed replies.
        f.Number($"ovtm_untp_{side}1");
        var levels = new List<OvertimeBookLevel>(Levels);
        for (var level = 1; level <= Levels; level++)
        {
            var n = level.ToString(CultureInfo.InvariantCulture);
            if (f.OptionalNumber($"ovtm_untp_{side}{n}") is not { } price || price == 0)
            {
                continue;
            }

            var quantityName = $"ovtm_untp_{side}_rsqn{n}";
            // KIS's spec spells the level-2 bid quantity "ovtm_untp_bidp_rsqn" (no digit); accept both spellings.
            if (!f.Has(quantityName) && side == "bidp" && level == 2)
            {
                quantityName = "ovtm_untp_bidp_rsqn";
            }

            levels.Add(new OvertimeBookLevel(level, price, f.Whole(quantityName), f.OptionalWhole($"ovtm_untp_{side}_icdc{n}")));
        }

        return levels;
    }
}
