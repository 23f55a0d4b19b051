namespace KisTrader.Kis.Simulator.Master;

/// <summary>
/// Offsets (0-based, within the fixed-width ASCII tail after the name) of the master-file fields this simulator fills,
/// per kis-api.md §6 and the KIS headers 종목마스터정보(코스피).h / (코스닥).h. Other tail positions carry their neutral
/// value: 'N' at the Y/N flags, '0' everywhere else.
/// </summary>
internal sealed record MasterLayout(
    int TailLength,
    int SizeClass,
    int Etp,
    int Spac,
    int BasePrice,
    int TradingUnit,
    int AfterHoursUnit,
    int Halted,
    int Liquidation,
    int Administrative,
    int Warning,
    int MarginRate,
    int Credit,
    int CreditDays,
    int PrevVolume,
    int FaceValue,
    int ListedOn,
    int ListedShares,
    int Capital,
    int SettlementMonth,
    int IpoPrice,
    int Preferred,
    int Krx300,
    int Sales,
    int OperatingProfit,
    int OrdinaryProfit,
    int NetIncome,
    int Roe,
    int BaseMonth,
    int MarketCap,
    int GroupCode,
    int[] YesNoFlags)
{
    /// <summary>Name part: short code [0:9], standard code [9:21], then the Korean name padded to 40 CP949 bytes.</summary>
    public const int ShortCodeWidth = 9;

    public const int StandardCodeWidth = 12;

    public const int NameBytes = 40;

    /// <summary>KOSPI tail: 227 characters (+ newline = 228).</summary>
    public static readonly MasterLayout Kospi = new(
        TailLength: 227, SizeClass: 2, Etp: 22, Spac: 29, BasePrice: 41, TradingUnit: 50, AfterHoursUnit: 55, Halted: 60, Liquidation: 61,
        Administrative: 62, Warning: 63, MarginRate: 74, Credit: 77, CreditDays: 78, PrevVolume: 81, FaceValue: 93, ListedOn: 105,
        ListedShares: 113, Capital: 128, SettlementMonth: 149, IpoPrice: 151, Preferred: 158, Krx300: 161, Sales: 163, OperatingProfit: 172,
        OrdinaryProfit: 181, NetIncome: 190, Roe: 195, BaseMonth: 204, MarketCap: 212, GroupCode: 221,
        YesNoFlags: [15, 16, 17, 19, 20, 21, 23, 24, 25, 26, 27, 28, 30, 31, 33, 34, 35, 36, 37, 38, 39, 40, 65, 66, 67, 159, 160, 162, 224, 225, 226]);

    /// <summary>KOSDAQ tail: 221 characters (+ newline = 222).</summary>
    public static readonly MasterLayout Kosdaq = new(
        TailLength: 221, SizeClass: 2, Etp: 18, Spac: 24, BasePrice: 36, TradingUnit: 45, AfterHoursUnit: 50, Halted: 55, Liquidation: 56,
        Administrative: 57, Warning: 58, MarginRate: 69, Credit: 72, CreditDays: 73, PrevVolume: 76, FaceValue: 88, ListedOn: 100,
        ListedShares: 108, Capital: 123, SettlementMonth: 144, IpoPrice: 146, Preferred: 153, Krx300: 156, Sales: 157, OperatingProfit: 166,
        OrdinaryProfit: 175, NetIncome: 184, Roe: 189, BaseMonth: 198, MarketCap: 206, GroupCode: 215,
        YesNoFlags: [15, 16, 17, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 31, 32, 33, 34, 35, 60, 61, 62, 154, 155, 218, 219, 220]);

    /// <summary>Field widths of the numeric fields (same in both layouts).</summary>
    public static class Widths
    {
        public const int BasePrice = 9;
        public const int Unit = 5;
        public const int Warning = 2;
        public const int MarginRate = 3;
        public const int CreditDays = 3;
        public const int PrevVolume = 12;
        public const int FaceValue = 12;
        public const int ListedOn = 8;
        public const int ListedShares = 15;
        public const int Capital = 21;
        public const int SettlementMonth = 2;
        public const int IpoPrice = 7;
        public const int Financial = 9;
        public const int NetIncome = 5;
        public const int BaseMonth = 8;
        public const int MarketCap = 9;
        public const int GroupCode = 3;
    }
}
