namespace KisTrader.Kis.WebSocket;

/// <summary>H0STCNT0 (46 fields) and H0STOUP0/H0STOAC0 (fields 1–43 of the same list), kis-api.md §5.4.</summary>
internal static class TradeTickParser
{
    public const int RegularFields = 46;
    public const int AfterHoursFields = 43;

    public static TradeTick Parse(RecordFields f, string trId, DateTimeOffset receivedAt)
    {
        var kind = trId switch
        {
            KisRealtimeTrIds.AfterHoursTrade => TradeTickKind.AfterHours,
            KisRealtimeTrIds.AfterHoursExpectedTrade => TradeTickKind.AfterHoursExpected,
            _ => TradeTickKind.Regular,
        };
        var regular = kind == TradeTickKind.Regular;
        var time = f.Time(2);
        var date = f.Date(34);
        return new TradeTick
        {
            ReceivedAt = receivedAt,
            TrId = trId,
            Key = f.Text(1),
            Time = time,
            Kind = kind,
            Symbol = f.Text(1),
            BusinessDate = date,
            At = Models.KisTime.ToInstant(date, time),
            Price = f.Decimal(3),
            ChangeSign = f.Sign(4),
            Change = f.Decimal(5),
            ChangeRate = f.Decimal(6),
            WeightedAveragePrice = f.Decimal(7),
            Open = f.Decimal(8),
            High = f.Decimal(9),
            Low = f.Decimal(10),
            BestAsk = f.Decimal(11),
            BestBid = f.Decimal(12),
            Volume = f.Long(13),
            CumulativeVolume = f.Long(14),
            CumulativeValue = f.Decimal(15),
            SellCount = f.Long(16),
            BuyCount = f.Long(17),
            NetBuyCount = f.Long(18),
            Strength = f.Decimal(19),
            SellVolume = f.Long(20),
            BuyVolume = f.Long(21),
            Side = f.Text(22).Trim() switch
            {
                "1" => TradeSide.Buy,
                "3" => TradeSide.Auction,
                "5" => TradeSide.Sell,
                _ => TradeSide.Unknown,
            },
            BuyRatio = f.Decimal(23),
            VolumeRateToPreviousDay = f.Decimal(24),
            MarketOperationCode = f.Text(35),
            Halted = f.YesNo(36),
            BestAskQuantity = f.Long(37),
            BestBidQuantity = f.Long(38),
            TotalAskQuantity = f.Long(39),
            TotalBidQuantity = f.Long(40),
            VolumeTurnover = f.Decimal(41),
            PreviousDaySameTimeVolume = f.Long(42),
            PreviousDaySameTimeVolumeRate = f.Decimal(43),
            HourClassCode = regular ? f.OptionalText(44) : null,
            MarketTerminationCode = regular ? f.OptionalText(45) : null,
            StaticViBasePrice = regular ? f.OptionalDecimal(46) : null,
        };
    }
}
