namespace KisTrader.Kis.Master;

/// <summary>
/// Offsets (0-based, within the ASCII tail that follows the 61-byte head) of the fields read from a master file, per
/// kis-api.md §6 (KIS headers 종목마스터정보(코스피).h / (코스닥).h). A field is (start, length).
/// </summary>
internal sealed record MasterFileLayout(
    KrxMarket Market,
    string FileName,
    int TailLength,
    int LargeCapIndex,
    int Etp,
    int Spac,
    int ShortTermOverheated,
    int BasePrice,
    int TradingUnit,
    int AfterHoursUnit,
    int Halted,
    int Liquidation,
    int Administrative,
    int Warning,
    int WarningNotice,
    int UnfaithfulDisclosure,
    int BackdoorListing,
    int MarginRate,
    int Credit,
    int PreviousVolume,
    int FaceValue,
    int ListedOn,
    int ListedShares,
    int Capital,
    int SettlementMonth,
    int IpoPrice,
    int Preferred,
    int ShortSellingOverheated,
    int AbnormalSurge,
    int Krx300,
    int Sales,
    int OperatingProfit,
    int NetIncome,
    int Roe,
    int MarketCap)
{
    /// <summary>Head: 단축코드 9 bytes, 표준코드 12 bytes, 한글종목명 40 bytes (CP949).</summary>
    public const int ShortCodeBytes = 9;

    public const int StandardCodeBytes = 12;

    public const int NameBytes = 40;

    public const int HeadBytes = ShortCodeBytes + StandardCodeBytes + NameBytes;

    public static readonly MasterFileLayout Kospi = new(
        KrxMarket.Kospi, "kospi_code.mst", TailLength: 227, LargeCapIndex: 19, Etp: 22, Spac: 29, ShortTermOverheated: 32, BasePrice: 41,
        TradingUnit: 50, AfterHoursUnit: 55, Halted: 60, Liquidation: 61, Administrative: 62, Warning: 63, WarningNotice: 65,
        UnfaithfulDisclosure: 66, BackdoorListing: 67, MarginRate: 74, Credit: 77, PreviousVolume: 81, FaceValue: 93, ListedOn: 105,
        ListedShares: 113, Capital: 128, SettlementMonth: 149, IpoPrice: 151, Preferred: 158, ShortSellingOverheated: 159, AbnormalSurge: 160,
        Krx300: 161, Sales: 163, OperatingProfit: 172, NetIncome: 190, Roe: 195, MarketCap: 212);

    public static readonly MasterFileLayout Kosdaq = new(
        KrxMarket.Kosdaq, "kosdaq_code.mst", TailLength: 221, LargeCapIndex: 35, Etp: 18, Spac: 24, ShortTermOverheated: 27, BasePrice: 36,
        TradingUnit: 45, AfterHoursUnit: 50, Halted: 55, Liquidation: 56, Administrative: 57, Warning: 58, WarningNotice: 60,
        UnfaithfulDisclosure: 61, BackdoorListing: 62, MarginRate: 69, Credit: 72, PreviousVolume: 76, FaceValue: 88, ListedOn: 100,
        ListedShares: 108, Capital: 123, SettlementMonth: 144, IpoPrice: 146, Preferred: 153, ShortSellingOverheated: 154, AbnormalSurge: 155,
        Krx300: 156, Sales: 157, OperatingProfit: 166, NetIncome: 184, Roe: 189, MarketCap: 206);

    public static MasterFileLayout For(KrxMarket market) => market == KrxMarket.Kospi ? Kospi : Kosdaq;
}
