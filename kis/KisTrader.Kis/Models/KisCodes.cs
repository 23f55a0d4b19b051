using System.Globalization;

namespace KisTrader.Kis.Models;

/// <summary>The wire codes of the code enums, both ways.</summary>
public static class KisCodes
{
    /// <summary>J, NX, UN or U.</summary>
    public static string ToCode(this KisMarketCode market) => market switch
    {
        KisMarketCode.Krx => "J",
        KisMarketCode.Nxt => "NX",
        KisMarketCode.Unified => "UN",
        KisMarketCode.Index => "U",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "Unknown market code."),
    };

    /// <summary>D, W, M or Y.</summary>
    public static string ToCode(this ChartPeriod period) => period switch
    {
        ChartPeriod.Day => "D",
        ChartPeriod.Week => "W",
        ChartPeriod.Month => "M",
        ChartPeriod.Year => "Y",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown chart period."),
    };

    /// <summary>Two digits, e.g. "00", "07", "11".</summary>
    public static string ToCode(this OrderDivision division) =>
        Enum.IsDefined(division) ? ((int)division).ToString("00", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(division), division, "Unknown ORD_DVSN.");

    /// <summary>"01" sell, "02" buy.</summary>
    public static string ToCode(this OrderSide side) =>
        Enum.IsDefined(side) ? ((int)side).ToString("00", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown order side.");

    /// <summary>"00", "01" or "02".</summary>
    public static string ToCode(this SideFilter side) =>
        Enum.IsDefined(side) ? ((int)side).ToString("00", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side filter.");

    /// <summary>"00", "01" or "02".</summary>
    public static string ToCode(this FillFilter fill) =>
        Enum.IsDefined(fill) ? ((int)fill).ToString("00", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(fill), fill, "Unknown fill filter.");

    /// <summary>"01" modify, "02" cancel.</summary>
    public static string ToCode(this ModifyCancelKind kind) =>
        Enum.IsDefined(kind) ? ((int)kind).ToString("00", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown modify/cancel kind.");

    /// <summary>The ORD_DVSN of a reply ("00".."16"), or null when empty or not one this client knows.</summary>
    public static OrderDivision? ParseOrderDivision(string? code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && Enum.IsDefined((OrderDivision)value)
            ? (OrderDivision)value
            : null;

    /// <summary>"01"/"1" sell, "02"/"2" buy; null otherwise.</summary>
    public static OrderSide? ParseOrderSide(string? code) => code?.Trim() switch
    {
        "01" or "1" => OrderSide.Sell,
        "02" or "2" => OrderSide.Buy,
        _ => null,
    };

    /// <summary>"00".."03" (or one digit); null when empty or unknown.</summary>
    public static MarketWarning? ParseMarketWarning(string? code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 3 ? (MarketWarning)value : null;

    /// <summary>iscd_stat_cls_code: "00", "51".."55", "57".."59" (also one digit for 0); null when empty or unknown.</summary>
    public static StockStatus? ParseStockStatus(string? code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && Enum.IsDefined((StockStatus)value) ? (StockStatus)value : null;

    /// <summary>
    /// Whether paper trading (모의투자) accepts the ORD_DVSN: only 00–04 (kis-api.md §4.9, §8.4); 05/06/07 and the IOC/FOK
    /// variants are real-only.
    /// </summary>
    public static bool IsAvailableInPaper(this OrderDivision division) => division is >= OrderDivision.Limit and <= OrderDivision.PriorityLimit;

    /// <summary>True for 4 (하한) and 5 (하락).</summary>
    public static bool IsDown(this PriceSign sign) => sign is PriceSign.Down or PriceSign.LowerLimit;
}
