namespace KisTrader.Kis.Models;

/// <summary>CCLD_DVSN of inquire-daily-ccld: 00 전체, 01 체결, 02 미체결.</summary>
public enum FillFilter
{
    /// <summary>00 전체.</summary>
    All = 0,

    /// <summary>01 체결: orders with at least one fill.</summary>
    Filled = 1,

    /// <summary>02 미체결: orders with a remaining quantity.</summary>
    Unfilled = 2,
}
