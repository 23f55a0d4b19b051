using KisTrader.Kis.Models;

namespace KisTrader.Kis.Master;

/// <summary>
/// One listed instrument from kospi_code.mst / kosdaq_code.mst (kis-api.md §6). Figures are as of the previous trading
/// day (the file's date). Amounts in won unless the name says 억원 (Eok).
/// </summary>
public sealed record Instrument
{
    /// <summary>단축코드, e.g. "005930" (ETN "Q" + 6 digits).</summary>
    public required string Symbol { get; init; }

    /// <summary>표준코드 (ISIN), e.g. "KR7005930003".</summary>
    public required string StandardCode { get; init; }

    /// <summary>한글종목명.</summary>
    public required string Name { get; init; }

    public KrxMarket Market { get; init; }

    /// <summary>그룹코드: ST 주권, EF ETF, EN ETN, RT 리츠, MF/SC/IF 투자회사, DR 예탁증서, FS 외국주권, ...</summary>
    public required string GroupCode { get; init; }

    /// <summary>시가총액규모 (KOSPI: 1 대형, 2 중형, 3 소형; KOSDAQ: 1 KOSDAQ100, 2 mid300, 3 small; 0 제외).</summary>
    public int SizeClass { get; init; }

    /// <summary>지수업종 대분류 code (4 digits).</summary>
    public string SectorLarge { get; init; } = string.Empty;

    /// <summary>지수업종 중분류 code.</summary>
    public string SectorMedium { get; init; } = string.Empty;

    /// <summary>지수업종 소분류 code.</summary>
    public string SectorSmall { get; init; } = string.Empty;

    /// <summary>SPAC (기업인수목적회사).</summary>
    public bool IsSpac { get; init; }

    /// <summary>ETP 상품구분.</summary>
    public EtpKind Etp { get; init; }

    /// <summary>우선주 구분.</summary>
    public PreferredKind Preferred { get; init; }

    /// <summary>거래정지.</summary>
    public bool IsHalted { get; init; }

    /// <summary>정리매매 (delisting sale period).</summary>
    public bool IsLiquidation { get; init; }

    /// <summary>관리종목.</summary>
    public bool IsAdministrative { get; init; }

    /// <summary>시장경고 (00 없음, 01 투자주의, 02 투자경고, 03 투자위험).</summary>
    public MarketWarning Warning { get; init; }

    /// <summary>경고예고.</summary>
    public bool IsWarningNotice { get; init; }

    /// <summary>불성실공시.</summary>
    public bool IsUnfaithfulDisclosure { get; init; }

    /// <summary>우회상장.</summary>
    public bool IsBackdoorListing { get; init; }

    /// <summary>단기과열.</summary>
    public bool IsShortTermOverheated { get; init; }

    /// <summary>공매도과열.</summary>
    public bool IsShortSellingOverheated { get; init; }

    /// <summary>이상급등.</summary>
    public bool IsAbnormalSurge { get; init; }

    /// <summary>KOSPI100 / KOSDAQ150 (the market's large-cap index) member.</summary>
    public bool IsLargeCapIndexMember { get; init; }

    /// <summary>KRX300 member.</summary>
    public bool IsKrx300 { get; init; }

    /// <summary>기준가 (won).</summary>
    public decimal BasePrice { get; init; }

    /// <summary>매매수량단위.</summary>
    public long TradingUnit { get; init; }

    /// <summary>시간외수량단위.</summary>
    public long AfterHoursUnit { get; init; }

    /// <summary>증거금비율 (%).</summary>
    public int MarginRate { get; init; }

    /// <summary>신용가능.</summary>
    public bool CreditAvailable { get; init; }

    /// <summary>전일거래량.</summary>
    public long PreviousDayVolume { get; init; }

    /// <summary>액면가 (won).</summary>
    public decimal FaceValue { get; init; }

    /// <summary>상장일자, or null when blank.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>상장주수 in thousands, as the file gives it.</summary>
    public long ListedSharesThousands { get; init; }

    /// <summary>자본금 (won).</summary>
    public decimal Capital { get; init; }

    /// <summary>결산월 (1–12), or 0 when blank.</summary>
    public int SettlementMonth { get; init; }

    /// <summary>공모가 (won), 0 when none.</summary>
    public decimal IpoPrice { get; init; }

    /// <summary>매출액 (억원).</summary>
    public decimal SalesEok { get; init; }

    /// <summary>영업이익 (억원).</summary>
    public decimal OperatingProfitEok { get; init; }

    /// <summary>당기순이익 (억원).</summary>
    public decimal NetIncomeEok { get; init; }

    /// <summary>ROE as the file gives it.</summary>
    public decimal Roe { get; init; }

    /// <summary>전일기준 시가총액 (억원).</summary>
    public decimal MarketCapEok { get; init; }

    /// <summary>A common share (group ST, not preferred, not a SPAC).</summary>
    public bool IsCommonStock => GroupCode == "ST" && Preferred == PreferredKind.Common && !IsSpac;

    /// <summary>A preferred share (우선주 flag ≠ 0).</summary>
    public bool IsPreferred => Preferred != PreferredKind.Common;

    /// <summary>A REIT (group RT).</summary>
    public bool IsReit => GroupCode == "RT";

    /// <summary>An investment company, ship fund or infrastructure fund (groups MF, SC, IF).</summary>
    public bool IsInvestmentCompany => GroupCode is "MF" or "SC" or "IF";

    /// <summary>An ETF (group EF/FE or ETP 1/2).</summary>
    public bool IsEtf => GroupCode is "EF" or "FE" || Etp is EtpKind.CompanyEtf or EtpKind.TrustEtf;

    /// <summary>An ETN (group EN or ETP 3/4).</summary>
    public bool IsEtn => GroupCode == "EN" || Etp is EtpKind.Etn or EtpKind.LossLimitedEtn;

    /// <summary>Listed shares (approximate: the file gives thousands).</summary>
    public long ListedShares => ListedSharesThousands * 1000;
}
