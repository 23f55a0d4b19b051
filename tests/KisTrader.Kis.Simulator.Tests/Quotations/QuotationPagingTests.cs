using System.Globalization;
using System.Text.Json;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Quotations;

/// <summary>Raw HTTP: row caps, newest-first order, paging by date / hour / context, and nothing from the future.</summary>
public sealed class QuotationPagingTests(QuotationHost host) : IClassFixture<QuotationHost>
{
    private const string P = "/uapi/domestic-stock/v1/quotations";
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private static List<string> Column(JsonElement body, string output, string field) =>
        [.. body.GetProperty(output).EnumerateArray().Select(r => r.GetProperty(field).GetString()!)];

    private Task<(int Status, string? TrCont, JsonElement Body)> Daily(string from, string to) =>
        host.GetAsync($"{P}/inquire-daily-itemchartprice", "FHKST03010100",
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_DATE_1", from), ("FID_INPUT_DATE_2", to), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0"));

    [Fact]
    public async Task DailyChart_Returns100RowsNewestFirst_AndPagesBackByDate()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 15, 35, 0, Kst);
        var first = Column((await Daily("20250101", "20261123")).Body, "output2", "stck_bsop_date");
        Assert.Equal(100, first.Count);
        Assert.Equal("20261123", first[0]); // today's row (the close is final at 15:35)
        Assert.Equal(first.OrderDescending(StringComparer.Ordinal), first);
        var oldest = DateOnly.ParseExact(first[^1], "yyyyMMdd", CultureInfo.InvariantCulture);
        var second = Column((await Daily("20250101", oldest.AddDays(-1).ToString("yyyyMMdd", CultureInfo.InvariantCulture))).Body, "output2", "stck_bsop_date");
        Assert.Equal(100, second.Count);
        Assert.Equal(host.Market.PreviousTradingDay(oldest).ToString("yyyyMMdd", CultureInfo.InvariantCulture), second[0]);
    }

    [Fact]
    public async Task DailyChart_BeforeTheOpen_HasNoRowForToday()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 8, 50, 0, Kst);
        var rows = Column((await Daily("20261101", "20261130")).Body, "output2", "stck_bsop_date");
        Assert.Equal("20261120", rows[0]);
    }

    [Fact]
    public async Task MinuteChart_Returns30BarsAtOrBeforeTheHour_NewestFirst()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 15, 35, 0, Kst);
        var (_, _, body) = await host.GetAsync($"{P}/inquire-time-itemchartprice", "FHKST03010200",
            ("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", "100000"), ("FID_PW_DATA_INCU_YN", "N"));
        var hours = Column(body, "output2", "stck_cntg_hour");
        Assert.Equal(30, hours.Count);
        Assert.Equal("100000", hours[0]);
        Assert.Equal("093100", hours[^1]);
        var close = await host.GetAsync($"{P}/inquire-time-itemchartprice", "FHKST03010200", ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", "160000"));
        // After the close the newest bar is the closing auction at 15:30, then 15:19, 15:18, …
        Assert.Equal(["153000", "151900", "151800"], Column(close.Body, "output2", "stck_cntg_hour").Take(3));
        var early = await host.GetAsync($"{P}/inquire-time-itemchartprice", "FHKST03010200", ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", "090500"));
        Assert.Equal(["090500", "090400", "090300", "090200", "090100", "090000"], Column(early.Body, "output2", "stck_cntg_hour"));
    }

    [Fact]
    public async Task MinuteChart_AFutureHourAnswersAsOfNow()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 10, 0, 30, Kst);
        var (_, _, body) = await host.GetAsync($"{P}/inquire-time-itemchartprice", "FHKST03010200", ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", "153000"));
        var hours = Column(body, "output2", "stck_cntg_hour");
        Assert.Equal("100000", hours[0]);
        var quote = host.Market.Quote("005930", host.Clock.Now)!;
        Assert.Equal(quote.Price.ToString("0", CultureInfo.InvariantCulture), body.GetProperty("output2")[0].GetProperty("stck_prpr").GetString());
        Assert.Equal(quote.TradingValue.ToString("0", CultureInfo.InvariantCulture), body.GetProperty("output2")[0].GetProperty("acml_tr_pbmn").GetString());
    }

    [Fact]
    public async Task Ccnl_NewestFirst_StrengthOfTheNewestIsTheQuotes()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 11, 0, 0, Kst);
        var (_, _, body) = await host.GetAsync($"{P}/inquire-ccnl", "FHKST01010300", ("FID_INPUT_ISCD", "005930"));
        var hours = Column(body, "output", "stck_cntg_hour");
        Assert.Equal(hours.OrderDescending(StringComparer.Ordinal), hours);
        Assert.True(string.CompareOrdinal(hours[0], "110000") <= 0);
        var q = host.Market.Quote("005930", host.Clock.Now)!;
        Assert.Equal(q.Strength.ToString("0.00", CultureInfo.InvariantCulture), body.GetProperty("output")[0].GetProperty("tday_rltv").GetString());
    }

    [Fact]
    public async Task VolumeRank_Top30ByVolume_FiltersApply()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 15, 35, 0, Kst);
        async Task<List<JsonElement>> Rank(string sort, string exclude) => [.. (await host.GetAsync($"{P}/volume-rank", "FHPST01710000",
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "0000"), ("FID_DIV_CLS_CODE", "0"), ("FID_BLNG_CLS_CODE", sort),
            ("FID_TRGT_EXLS_CLS_CODE", exclude))).Body.GetProperty("output").EnumerateArray()];
        var byVolume = await Rank("0", "0000000000");
        Assert.Equal(30, byVolume.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => i.ToString(CultureInfo.InvariantCulture)), byVolume.Select(r => r.GetProperty("data_rank").GetString()));
        var volumes = byVolume.Select(r => long.Parse(r.GetProperty("acml_vol").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(volumes.OrderDescending(), volumes);
        var byValue = await Rank("3", "0000000000");
        var values = byValue.Select(r => decimal.Parse(r.GetProperty("acml_tr_pbmn").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderDescending(), values);
        // Exclude ETF (7th flag) and ETN (8th flag).
        var noEtp = await Rank("0", "0000001100");
        Assert.NotEmpty(noEtp);
        Assert.All(noEtp, r => Assert.NotEqual(SimListingKind.Etf, host.Market.Listing(r.GetProperty("mksc_shrn_iscd").GetString()!)!.Kind));
        Assert.Contains(byVolume, r => host.Market.Listing(r.GetProperty("mksc_shrn_iscd").GetString()!)!.Kind == SimListingKind.Etf);
    }

    [Fact]
    public async Task ChkHoliday_PagesTwentyDaysWithContext()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 7, 0, 0, Kst);
        var first = await host.GetAsync($"{P}/chk-holiday", "CTCA0903R", ("BASS_DT", "20261120"), ("CTX_AREA_FK", ""), ("CTX_AREA_NK", ""));
        var rows = first.Body.GetProperty("output").EnumerateArray().ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal("M", first.TrCont);
        Assert.Equal("20261210", first.Body.GetProperty("ctx_area_nk").GetString());
        var saturday = rows[1];
        Assert.Equal(("20261121", "07", "N", "N"), (saturday.GetProperty("bass_dt").GetString(), saturday.GetProperty("wday_dvsn_cd").GetString(), saturday.GetProperty("bzdy_yn").GetString(), saturday.GetProperty("opnd_yn").GetString()));
        Assert.Equal(("20261123", "02", "Y"), (rows[3].GetProperty("bass_dt").GetString(), rows[3].GetProperty("wday_dvsn_cd").GetString(), rows[3].GetProperty("opnd_yn").GetString()));
        var next = await host.GetAsync($"{P}/chk-holiday", "CTCA0903R", ("BASS_DT", "20261120"), ("CTX_AREA_FK", ""), ("CTX_AREA_NK", "20261210"));
        Assert.Equal("20261210", next.Body.GetProperty("output")[0].GetProperty("bass_dt").GetString());
    }

    [Fact]
    public async Task AfterHoursConclusion_ListsMatchesSoFarNewestFirst()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 17, 5, 0, Kst);
        var code = host.Market.Listings.First(l => host.Market.AfterHoursAuctions(l.Code, new DateOnly(2026, 11, 23), host.Clock.Now).Count(a => a.Volume > 0) >= 2).Code;
        var (_, _, body) = await host.GetAsync($"{P}/inquire-time-overtimeconclusion", "FHPST02310000", ("FID_INPUT_ISCD", code), ("FID_HOUR_CLS_CODE", "1"));
        var expected = host.Market.AfterHoursAuctions(code, new DateOnly(2026, 11, 23), host.Clock.Now).Where(a => a.Volume > 0).Reverse()
            .Select(a => (a.At.ToString("HHmmss", CultureInfo.InvariantCulture), a.Price.ToString("0", CultureInfo.InvariantCulture)));
        Assert.Equal(expected, body.GetProperty("output2").EnumerateArray().Select(r => (r.GetProperty("stck_cntg_hour").GetString()!, r.GetProperty("stck_prpr").GetString()!)));
        Assert.NotEmpty(body.GetProperty("output2").EnumerateArray());
        Assert.All(body.GetProperty("output2").EnumerateArray(), r => Assert.True(string.CompareOrdinal(r.GetProperty("stck_cntg_hour").GetString(), "170000") <= 0));
    }
}
