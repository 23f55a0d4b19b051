namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>What the tr_key of a realtime TR names.</summary>
internal enum RealtimeKeyKind
{
    /// <summary>6-digit listing code.</summary>
    Listing,

    /// <summary>Index code (0001, 1001).</summary>
    Index,

    /// <summary>HTS ID (체결통보).</summary>
    HtsId,
}

/// <summary>A realtime TR this server publishes (kis-api.md §5.4).</summary>
/// <param name="TrId">TR ID.</param>
/// <param name="FieldCount">Fields per record.</param>
/// <param name="Encrypted">AES-encrypted payload (체결통보 only).</param>
/// <param name="KeyKind">What tr_key names.</param>
/// <param name="Paper">Available to paper (모의투자) sessions.</param>
/// <param name="Real">Available to real sessions.</param>
internal sealed record RealtimeTr(string TrId, int FieldCount, bool Encrypted, RealtimeKeyKind KeyKind, bool Paper, bool Real)
{
    public const string TradeTick = "H0STCNT0";
    public const string AskingPrice = "H0STASP0";
    public const string FillNoticeReal = "H0STCNI0";
    public const string FillNoticePaper = "H0STCNI9";
    public const string AfterHoursTick = "H0STOUP0";
    public const string AfterHoursAskingPrice = "H0STOAA0";
    public const string AfterHoursExpected = "H0STOAC0";
    public const string IndexTick = "H0UPCNT0";

    private static readonly Dictionary<string, RealtimeTr> Known = new[]
    {
        new RealtimeTr(TradeTick, 46, false, RealtimeKeyKind.Listing, Paper: true, Real: true),
        new RealtimeTr(AskingPrice, 59, false, RealtimeKeyKind.Listing, Paper: true, Real: true),
        new RealtimeTr(FillNoticeReal, 26, true, RealtimeKeyKind.HtsId, Paper: false, Real: true),
        new RealtimeTr(FillNoticePaper, 26, true, RealtimeKeyKind.HtsId, Paper: true, Real: false),
        new RealtimeTr(AfterHoursTick, 43, false, RealtimeKeyKind.Listing, Paper: false, Real: true),
        new RealtimeTr(AfterHoursAskingPrice, 54, false, RealtimeKeyKind.Listing, Paper: false, Real: true),
        new RealtimeTr(AfterHoursExpected, 43, false, RealtimeKeyKind.Listing, Paper: false, Real: true),
        new RealtimeTr(IndexTick, 30, false, RealtimeKeyKind.Index, Paper: false, Real: true),
    }.ToDictionary(t => t.TrId, StringComparer.Ordinal);

    public static RealtimeTr? Find(string trId) => Known.GetValueOrDefault(trId);

    public static IEnumerable<RealtimeTr> All => Known.Values;

    public bool AvailableTo(bool paper) => paper ? Paper : Real;
}
