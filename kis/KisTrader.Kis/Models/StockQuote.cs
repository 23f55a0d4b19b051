using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-price <c>output</c>: the current quote of one stock. Prices in won; <see cref="Open"/>/<see cref="High"/>/
/// <see cref="Low"/> are 0 before the first trade of the day (as KIS sends them). Changes are signed.
/// Optional fields (null when KIS leaves them out or blank) are marked nullable.
/// </summary>
public sealed record StockQuote
{
    public const string EndpointName = "inquire-price";

    /// <summary>stck_shrn_iscd.</summary>
    public required string Symbol { get; init; }

    /// <summary>rprs_mrkt_kor_name, e.g. "KOSPI200", "KOSDAQ", "ETF".</summary>
    public required string MarketName { get; init; }

    /// <summary>bstp_kor_isnm (업종명).</summary>
    public required string SectorName { get; init; }

    /// <summary>iscd_stat_cls_code as sent (51 관리, 52 투자위험, 53 투자경고, 54 투자주의, 55 신용가능, 57 증거금100, 58 거래정지, 59 단기과열); read <see cref="Status"/>.</summary>
    public required string StatusCode { get; init; }

    /// <summary>iscd_stat_cls_code, typed; null when blank or a code this client does not know.</summary>
    public StockStatus? Status { get; init; }

    /// <summary>
    /// Trading halted today: status 58 거래정지 or temp_stop_yn (임시정지) = Y. The one place the halt codes are read
    /// (callers never compare the codes themselves).
    /// </summary>
    public bool IsHalted => Status == StockStatus.Halted || TemporarilyStopped == true;

    /// <summary>Under administrative designation (관리종목): status 51 or mang_issu_cls_code = Y.</summary>
    public bool IsAdministrative => Status == StockStatus.Administrative || Administrative == true;

    /// <summary>stck_prpr.</summary>
    public decimal Price { get; init; }

    /// <summary>prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn (won).</summary>
    public decimal TradingValue { get; init; }

    /// <summary>prdy_vrss_vol_rate (% of the previous day's volume).</summary>
    public decimal? VolumeRateVsPreviousDay { get; init; }

    /// <summary>stck_oprc (0 before the first trade).</summary>
    public decimal Open { get; init; }

    /// <summary>stck_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>stck_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>stck_mxpr (상한가).</summary>
    public decimal UpperLimit { get; init; }

    /// <summary>stck_llam (하한가).</summary>
    public decimal LowerLimit { get; init; }

    /// <summary>stck_sdpr (기준가: usually the previous close).</summary>
    public decimal BasePrice { get; init; }

    /// <summary>wghn_avrg_stck_prc (VWAP).</summary>
    public decimal? Vwap { get; init; }

    /// <summary>aspr_unit (호가단위 at the current price).</summary>
    public decimal? TickSize { get; init; }

    /// <summary>hts_deal_qty_unit_val (매매수량단위).</summary>
    public long? TradingUnit { get; init; }

    /// <summary>lstn_stcn (상장주수).</summary>
    public long ListedShares { get; init; }

    /// <summary>hts_avls: market cap in 억원 (unit unconfirmed by KIS; the simulator uses 억원).</summary>
    public decimal? MarketCapEok { get; init; }

    /// <summary>stck_fcam (액면가).</summary>
    public decimal? FaceValue { get; init; }

    /// <summary>marg_rate (증거금률 %).</summary>
    public decimal? MarginRate { get; init; }

    /// <summary>crdt_able_yn.</summary>
    public bool? CreditAvailable { get; init; }

    /// <summary>temp_stop_yn (임시정지).</summary>
    public bool? TemporarilyStopped { get; init; }

    /// <summary>hts_frgn_ehrt (외국인 소진율 %).</summary>
    public decimal? ForeignOwnershipRate { get; init; }

    /// <summary>per.</summary>
    public decimal? Per { get; init; }

    /// <summary>pbr.</summary>
    public decimal? Pbr { get; init; }

    /// <summary>eps.</summary>
    public decimal? Eps { get; init; }

    /// <summary>bps.</summary>
    public decimal? Bps { get; init; }

    /// <summary>vol_tnrt (회전율 %).</summary>
    public decimal? VolumeTurnover { get; init; }

    /// <summary>w52_hgpr.</summary>
    public decimal? High52Week { get; init; }

    /// <summary>w52_hgpr_date.</summary>
    public DateOnly? High52WeekDate { get; init; }

    /// <summary>w52_lwpr.</summary>
    public decimal? Low52Week { get; init; }

    /// <summary>w52_lwpr_date.</summary>
    public DateOnly? Low52WeekDate { get; init; }

    /// <summary>stck_dryy_hgpr (연중 최고가).</summary>
    public decimal? YearHigh { get; init; }

    /// <summary>stck_dryy_lwpr (연중 최저가).</summary>
    public decimal? YearLow { get; init; }

    /// <summary>vi_cls_code ("N" none).</summary>
    public string? ViCode { get; init; }

    /// <summary>invt_caful_yn (투자유의).</summary>
    public bool? InvestmentCaution { get; init; }

    /// <summary>mrkt_warn_cls_code (00 없음, 01 투자주의, 02 투자경고, 03 투자위험); null when blank or unknown.</summary>
    public MarketWarning? Warning { get; init; }

    /// <summary>short_over_yn (공매도과열).</summary>
    public bool? ShortSellingOverheated { get; init; }

    /// <summary>sltr_yn (정리매매).</summary>
    public bool? Liquidation { get; init; }

    /// <summary>mang_issu_cls_code (관리종목 Y/N).</summary>
    public bool? Administrative { get; init; }

    /// <summary>Parses inquire-price <c>output</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static StockQuote Parse(JsonElement output)
    {
        var f = KisFields.Of(output, EndpointName, "output");
        var sign = f.Sign("prdy_vrss_sign");
        return new StockQuote
        {
            Symbol = f.Text("stck_shrn_iscd"),
            MarketName = f.OptionalText("rprs_mrkt_kor_name") ?? string.Empty,
            SectorName = f.OptionalText("bstp_kor_isnm") ?? string.Empty,
            StatusCode = f.OptionalText("iscd_stat_cls_code") ?? string.Empty,
            Status = KisCodes.ParseStockStatus(f.OptionalText("iscd_stat_cls_code")),
            Price = f.Number("stck_prpr"),
            Change = f.SignedChange("prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("prdy_ctrt"),
            Volume = f.Whole("acml_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
            VolumeRateVsPreviousDay = f.OptionalNumber("prdy_vrss_vol_rate"),
            Open = f.Number("stck_oprc"),
            High = f.Number("stck_hgpr"),
            Low = f.Number("stck_lwpr"),
            UpperLimit = f.Number("stck_mxpr"),
            LowerLimit = f.Number("stck_llam"),
            BasePrice = f.Number("stck_sdpr"),
            Vwap = f.OptionalNumber("wghn_avrg_stck_prc"),
            TickSize = f.OptionalNumber("aspr_unit"),
            TradingUnit = f.OptionalWhole("hts_deal_qty_unit_val"),
            ListedShares = f.Whole("lstn_stcn"),
            MarketCapEok = f.OptionalNumber("hts_avls"),
            FaceValue = f.OptionalNumber("stck_fcam"),
            MarginRate = f.OptionalNumber("marg_rate"),
            CreditAvailable = f.OptionalFlag("crdt_able_yn"),
            TemporarilyStopped = f.OptionalFlag("temp_stop_yn"),
            ForeignOwnershipRate = f.OptionalNumber("hts_frgn_ehrt"),
            Per = f.OptionalNumber("per"),
            Pbr = f.OptionalNumber("pbr"),
            Eps = f.OptionalNumber("eps"),
            Bps = f.OptionalNumber("bps"),
            VolumeTurnover = f.OptionalNumber("vol_tnrt"),
            High52Week = f.OptionalNumber("w52_hgpr"),
            High52WeekDate = f.OptionalDate("w52_hgpr_date"),
            Low52Week = f.OptionalNumber("w52_lwpr"),
            Low52WeekDate = f.OptionalDate("w52_lwpr_date"),
            YearHigh = f.OptionalNumber("stck_dryy_hgpr"),
            YearLow = f.OptionalNumber("stck_dryy_lwpr"),
            ViCode = f.OptionalText("vi_cls_code"),
            InvestmentCaution = f.OptionalFlag("invt_caful_yn"),
            Warning = KisCodes.ParseMarketWarning(f.OptionalText("mrkt_warn_cls_code")),
            ShortSellingOverheated = f.OptionalFlag("short_over_yn"),
            Liquidation = f.OptionalFlag("sltr_yn"),
            Administrative = f.OptionalFlag("mang_issu_cls_code"),
        };
    }
}
