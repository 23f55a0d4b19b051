namespace KisTrader.Kis.Master;

/// <summary>Master-file ETP 상품구분: 0 none, 1 투자회사형 ETF, 2 수익증권형 ETF, 3 ETN, 4 손실제한 ETN, 5 상장형 수익증권.</summary>
public enum EtpKind
{
    None = 0,

    /// <summary>1 투자회사형 ETF.</summary>
    CompanyEtf = 1,

    /// <summary>2 수익증권형 ETF.</summary>
    TrustEtf = 2,

    /// <summary>3 ETN.</summary>
    Etn = 3,

    /// <summary>4 손실제한 ETN.</summary>
    LossLimitedEtn = 4,

    /// <summary>5 상장형 수익증권.</summary>
    ListedTrust = 5,
}
