namespace KisTrader.Kis.WebSocket;

/// <summary>
/// Turns a (decrypted) data frame's payload into records. Fields are read by index; a record may carry more fields than
/// the client knows (KIS appends fields over time): with NNN records the stride is total fields / NNN.
/// </summary>
internal static class RealtimeFrameParser
{
    public static FrameParseOutcome Parse(string trId, int count, string payload, DateTimeOffset receivedAt, List<KisRealtimeEvent> output)
    {
        var required = KisRealtimeTrIds.RequiredFields(trId);
        if (required == 0)
        {
            return FrameParseOutcome.UnknownTr;
        }

        var fields = payload.Split('^');
        if (count < 1)
        {
            return FrameParseOutcome.Malformed;
        }

        if (fields.Length < count * required)
        {
            return FrameParseOutcome.TooFewFields;
        }

        if (fields.Length % count != 0)
        {
            return FrameParseOutcome.Malformed;
        }

        var stride = fields.Length / count;
        var start = output.Count;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var record = new RecordFields(fields, i * stride, stride);
                output.Add(trId switch
                {
                    KisRealtimeTrIds.Trade or KisRealtimeTrIds.AfterHoursTrade or KisRealtimeTrIds.AfterHoursExpectedTrade => TradeTickParser.Parse(record, trId, receivedAt),
                    KisRealtimeTrIds.OrderBook or KisRealtimeTrIds.AfterHoursOrderBook => OrderBookParser.Parse(record, trId, receivedAt),
                    KisRealtimeTrIds.IndexTrade => IndexTickParser.Parse(record, trId, receivedAt),
                    _ => FillNoticeParser.Parse(record, trId, receivedAt),
                });
            }
        }
        catch (FrameFormatException)
        {
            // All or nothing: a frame with one unreadable record is skipped whole.
            output.RemoveRange(start, output.Count - start);
            return FrameParseOutcome.Malformed;
        }

        return FrameParseOutcome.Parsed;
    }
}
