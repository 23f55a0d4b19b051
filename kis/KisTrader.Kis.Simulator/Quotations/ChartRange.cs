namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>The date range of a daily chart request (stock or index): code, FID_INPUT_DATE_1/2 and the period D/W/M/Y.</summary>
internal sealed record ChartRange(string Code, DateOnly From, DateOnly To, string Period)
{
    /// <summary>Reads the range, or returns the KIS bad-input reply naming the first missing or invalid field.</summary>
    public static QuotationReply? Read(QuotationQuery query, out ChartRange range)
    {
        range = null!;
        var code = query["FID_INPUT_ISCD"];
        if (string.IsNullOrEmpty(code))
        {
            return QuotationReply.BadInput("FID_INPUT_ISCD");
        }

        var from = query.Date("FID_INPUT_DATE_1");
        var to = query.Date("FID_INPUT_DATE_2");
        var period = query.Text("FID_PERIOD_DIV_CODE", "D").ToUpperInvariant();
        if (from is null || to is null)
        {
            return QuotationReply.BadInput(from is null ? "FID_INPUT_DATE_1" : "FID_INPUT_DATE_2");
        }

        if (!PeriodBars.IsPeriod(period))
        {
            return QuotationReply.BadInput("FID_PERIOD_DIV_CODE");
        }

        range = new ChartRange(code, from.Value, to.Value, period);
        return null;
    }

    /// <summary>
    /// The first date worth building: daily rows beyond the <paramref name="rows"/> newest (up to <paramref name="current"/>,
    /// the date whose data is current) are never shown, so they are not built. Weekly and longer periods need the whole range.
    /// </summary>
    public DateOnly FirstNeeded(Market.ISimMarket market, DateOnly current, int rows)
    {
        if (Period != "D")
        {
            return From;
        }

        var oldest = To < current ? To : current;
        oldest = market.Session(oldest).IsTradingDay ? oldest : market.PreviousTradingDay(oldest);
        for (var k = 1; k < rows && oldest > From; k++)
        {
            oldest = market.PreviousTradingDay(oldest);
        }

        return oldest > From ? oldest : From;
    }
}
