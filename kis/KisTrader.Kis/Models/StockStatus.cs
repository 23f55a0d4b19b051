namespace KisTrader.Kis.Models;

/// <summary>
/// iscd_stat_cls_code (종목상태구분코드) of inquire-price, typed: the one status KIS shows for a listing (it sends the
/// most severe). Parsed by <see cref="KisCodes.ParseStockStatus"/>; an empty or unknown code is null.
/// </summary>
public enum StockStatus
{
    /// <summary>00 그외 (no special status).</summary>
    None = 0,

    /// <summary>51 관리종목 (administrative designation).</summary>
    Administrative = 51,

    /// <summary>52 투자위험.</summary>
    InvestmentRisk = 52,

    /// <summary>53 투자경고.</summary>
    InvestmentWarning = 53,

    /// <summary>54 투자주의.</summary>
    InvestmentCaution = 54,

    /// <summary>55 신용가능 (a normal listing that allows credit).</summary>
    CreditAvailable = 55,

    /// <summary>57 증거금 100%.</summary>
    FullMargin = 57,

    /// <summary>58 거래정지 (trading halted).</summary>
    Halted = 58,

    /// <summary>59 단기과열.</summary>
    ShortTermOverheated = 59,
}
