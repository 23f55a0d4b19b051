namespace KisTrader.Kis.WebSocket;

/// <summary>
/// The 26-field 체결통보 layout after decryption (kis-api.md §5.4). PYKIS and the OTA backtester still use an older
/// 23-field layout; this follows the 26-field one. On receipts fields 10/11 carry the order quantity/price.
/// </summary>
internal static class FillNoticeParser
{
    public const int Fields = 26;

    public static FillNotice Parse(RecordFields f, string trId, DateTimeOffset receivedAt)
    {
        var kind = f.Text(14).Trim() == "2" ? FillNoticeKind.Fill
            : f.Text(13).Trim() == "1" ? FillNoticeKind.Rejection
            : FillNoticeKind.Receipt;
        return new FillNotice
        {
            ReceivedAt = receivedAt,
            TrId = trId,
            Kind = kind,
            HtsId = f.Text(1),
            AccountNumber = f.Text(2),
            OrderNumber = f.Text(3),
            OriginalOrderNumber = f.Text(4),
            Side = Models.KisCodes.ParseOrderSide(f.Text(5)),
            ModifyCode = f.Text(6),
            OrderType = f.Text(7),
            OrderCondition = f.Text(8),
            Symbol = f.Text(9),
            Quantity = f.Long(10),
            Price = f.Decimal(11),
            Time = f.Time(12),
            AcceptanceCode = f.Text(15),
            Branch = f.Text(16),
            OrderQuantity = f.Long(17),
            AccountName = f.Text(18),
            ConditionPrice = f.Decimal(19),
            Exchange = f.Text(20),
            StockName = f.Text(25),
            OrderPrice = f.Decimal(26),
        };
    }
}
