using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-daily-ccld <c>output2</c>: totals over every row matching the query (not only the page).</summary>
public sealed record DailyOrderTotals
{
    /// <summary>tot_ord_qty.</summary>
    public long TotalOrderQuantity { get; init; }

    /// <summary>tot_ccld_qty.</summary>
    public long TotalFilledQuantity { get; init; }

    /// <summary>tot_ccld_amt.</summary>
    public decimal TotalFilledAmount { get; init; }

    /// <summary>prsm_tlex_smtl (추정제비용합계: estimated fees and taxes).</summary>
    public decimal EstimatedCosts { get; init; }

    /// <summary>pchs_avg_pric (평균가).</summary>
    public decimal? AveragePrice { get; init; }

    /// <summary>Parses <c>output2</c> (an object, or an array with one row).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static DailyOrderTotals Parse(JsonElement output2)
    {
        var f = KisFields.Of(output2, DailyOrder.EndpointName, "output2");
        return new DailyOrderTotals
        {
            TotalOrderQuantity = f.Whole("tot_ord_qty"),
            TotalFilledQuantity = f.Whole("tot_ccld_qty"),
            TotalFilledAmount = f.Number("tot_ccld_amt"),
            EstimatedCosts = f.OptionalNumber("prsm_tlex_smtl") ?? 0m,
            AveragePrice = f.OptionalNumber("pchs_avg_pric"),
        };
    }
}
