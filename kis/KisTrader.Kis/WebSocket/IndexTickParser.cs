namespace KisTrader.Kis.WebSocket;

/// <summary>H0UPCNT0 (30 fields), kis-api.md §5.4.</summary>
internal static class IndexTickParser
{
    public const int Fields = 30;

    public static IndexTick Parse(RecordFields f, string trId, DateTimeOffset receivedAt) => new()
    {
        ReceivedAt = receivedAt,
        TrId = trId,
        Key = f.Text(1),
        Time = f.Time(2),
        IndexCode = f.Text(1),
        Value = f.Decimal(3),
        ChangeSign = f.Sign(4),
        Change = f.Decimal(5),
        CumulativeVolume = f.Long(6),
        CumulativeValueMillions = f.Decimal(7),
        TickVolume = f.Long(8),
        TickValueMillions = f.Decimal(9),
        ChangeRate = f.Decimal(10),
        Open = f.Decimal(11),
        High = f.Decimal(12),
        Low = f.Decimal(13),
        ChangeFromOpen = f.Decimal(14),
        ChangeFromOpenSign = f.Sign(15),
        ChangeFromHigh = f.Decimal(16),
        ChangeFromHighSign = f.Sign(17),
        ChangeFromLow = f.Decimal(18),
        ChangeFromLowSign = f.Sign(19),
        OpenRateToPreviousClose = f.Decimal(20),
        HighRateToPreviousClose = f.Decimal(21),
        LowRateToPreviousClose = f.Decimal(22),
        UpperLimitCount = f.Int(23),
        AdvancerCount = f.Int(24),
        UnchangedCount = f.Int(25),
        DeclinerCount = f.Int(26),
        LowerLimitCount = f.Int(27),
        QuoteAdvancerCount = f.Int(28),
        QuoteDeclinerCount = f.Int(29),
        TickChange = f.Decimal(30),
    };
}
