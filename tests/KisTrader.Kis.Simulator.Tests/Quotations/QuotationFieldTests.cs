using System.Text.Json;

namespace KisTrader.Kis.Simulator.Tests.Quotations;

/// <summary>Raw HTTP: every endpoint answers the documented field names, in order, all values strings.</summary>
public sealed class QuotationFieldTests(QuotationHost host) : IClassFixture<QuotationHost>
{
    private const string P = "/uapi/domestic-stock/v1/quotations";
    private static readonly DateTimeOffset AfterClose = new(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset AfterHours = new(2026, 11, 23, 16, 45, 0, TimeSpan.FromHours(9));

    private static void AssertFields(JsonElement row, string[] expected)
    {
        Assert.Equal(JsonValueKind.Object, row.ValueKind);
        Assert.Equal(expected, row.EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(row.EnumerateObject());
        Assert.All(row.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
    }

    private static void AssertSuccess(int status, JsonElement body)
    {
        Assert.Equal(200, status);
        Assert.Equal(("0", "MCA00000", "정상처리 되었습니다."), (body.GetProperty("rt_cd").GetString(), body.GetProperty("msg_cd").GetString(), body.GetProperty("msg1").GetString()));
    }

    [Fact]
    public async Task InquirePrice_Has82FieldsAsStrings()
    {
        host.Clock.Now = AfterClose;
        var (status, _, body) = await host.GetAsync($"{P}/inquire-price", "FHKST01010100", ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"));
        AssertSuccess(status, body);
        Assert.Equal(82, FieldLists.InquirePrice.Length);
        AssertFields(body.GetProperty("output"), FieldLists.InquirePrice);
        var q = host.Market.Quote("005930", AfterClose)!;
        Assert.Equal(q.Price.ToString("0", System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("output").GetProperty("stck_prpr").GetString());
        // 50,000 ≤ price < 200,000 ⇒ 호가단위 100.
        Assert.InRange(q.Price, 50_000m, 199_999m);
        Assert.Equal("100", body.GetProperty("output").GetProperty("aspr_unit").GetString());
    }

    [Fact]
    public async Task InquireCcnl_Has30RowsOf7Fields()
    {
        host.Clock.Now = AfterClose;
        var (status, _, body) = await host.GetAsync($"{P}/inquire-ccnl", "FHKST01010300", ("fid_cond_mrkt_div_code", "J"), ("fid_input_iscd", "005930"));
        AssertSuccess(status, body);
        var rows = body.GetProperty("output").EnumerateArray().ToList();
        Assert.Equal(30, rows.Count);
        Assert.All(rows, r => AssertFields(r, FieldLists.Ccnl));
    }

    [Fact]
    public async Task DailyItemChart_HasOutput1And2()
    {
        host.Clock.Now = AfterClose;
        var (status, _, body) = await host.GetAsync($"{P}/inquire-daily-itemchartprice", "FHKST03010100",
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_DATE_1", "20261101"), ("FID_INPUT_DATE_2", "20261123"),
            ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0"));
        AssertSuccess(status, body);
        Assert.Equal((30, 13), (FieldLists.DailyChart1.Length, FieldLists.DailyChart2.Length));
        AssertFields(body.GetProperty("output1"), FieldLists.DailyChart1);
        Assert.NotEmpty(body.GetProperty("output2").EnumerateArray());
        Assert.All(body.GetProperty("output2").EnumerateArray(), r => AssertFields(r, FieldLists.DailyChart2));
    }

    [Fact]
    public async Task TimeItemChart_HasOutput1And2()
    {
        host.Clock.Now = AfterClose;
        var (status, _, body) = await host.GetAsync($"{P}/inquire-time-itemchartprice", "FHKST03010200",
            ("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", "153000"), ("FID_PW_DATA_INCU_YN", "Y"));
        AssertSuccess(status, body);
        AssertFields(body.GetProperty("output1"), FieldLists.TimeChart1);
        Assert.NotEmpty(body.GetProperty("output2").EnumerateArray());
        Assert.All(body.GetProperty("output2").EnumerateArray(), r => AssertFields(r, FieldLists.TimeChart2));
    }

    [Fact]
    public async Task OvertimeEndpoints_HaveTheirFields()
    {
        host.Clock.Now = AfterHours;
        (string Name, string Value)[] query = [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930")];
        var price = await host.GetAsync($"{P}/inquire-overtime-price", "FHPST02300000", query);
        AssertSuccess(price.Status, price.Body);
        Assert.Equal(35, FieldLists.OvertimePrice.Length);
        AssertFields(price.Body.GetProperty("output"), FieldLists.OvertimePrice);

        var asking = await host.GetAsync($"{P}/inquire-overtime-asking-price", "FHPST02300400", query);
        Assert.Equal(74, FieldLists.OvertimeAsking.Length);
        AssertFields(asking.Body.GetProperty("output"), FieldLists.OvertimeAsking);

        var conclusion = await host.GetAsync($"{P}/inquire-time-overtimeconclusion", "FHPST02310000", [.. query, ("FID_HOUR_CLS_CODE", "1")]);
        AssertFields(conclusion.Body.GetProperty("output1"), FieldLists.OvertimeConclusion1);
        Assert.NotEmpty(conclusion.Body.GetProperty("output2").EnumerateArray());
        Assert.All(conclusion.Body.GetProperty("output2").EnumerateArray(), r => AssertFields(r, FieldLists.OvertimeConclusion2));

        var daily = await host.GetAsync($"{P}/inquire-daily-overtimeprice", "FHPST02320000", query);
        AssertFields(daily.Body.GetProperty("output1"), FieldLists.OvertimeState);
        var rows = daily.Body.GetProperty("output2").EnumerateArray().ToList();
        Assert.Equal(30, rows.Count);
        Assert.All(rows, r => AssertFields(r, FieldLists.DailyOvertime2));
    }

    [Fact]
    public async Task IndexEndpoints_HaveTheirFields()
    {
        host.Clock.Now = AfterClose;
        var price = await host.GetAsync($"{P}/inquire-index-price", "FHPUP02100000", ("FID_COND_MRKT_DIV_CODE", "U"), ("FID_INPUT_ISCD", "0001"));
        AssertSuccess(price.Status, price.Body);
        AssertFields(price.Body.GetProperty("output"), FieldLists.IndexPrice);
        var chart = await host.GetAsync($"{P}/inquire-daily-indexchartprice", "FHKUP03500100",
            ("FID_COND_MRKT_DIV_CODE", "U"), ("FID_INPUT_ISCD", "1001"), ("FID_INPUT_DATE_1", "20261116"), ("FID_INPUT_DATE_2", "20261123"), ("FID_PERIOD_DIV_CODE", "D"));
        AssertSuccess(chart.Status, chart.Body);
        AssertFields(chart.Body.GetProperty("output1"), FieldLists.IndexChart1);
        var rows = chart.Body.GetProperty("output2").EnumerateArray().ToList();
        Assert.Equal(6, rows.Count); // 11-16 … 11-20 and 11-23
        Assert.All(rows, r => AssertFields(r, FieldLists.IndexChart2));
    }

    [Fact]
    public async Task VolumeRankAndHoliday_HaveTheirFields()
    {
        host.Clock.Now = AfterClose;
        var rank = await host.GetAsync($"{P}/volume-rank", "FHPST01710000",
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_COND_SCR_DIV_CODE", "20171"), ("FID_INPUT_ISCD", "0000"), ("FID_DIV_CLS_CODE", "0"),
            ("FID_BLNG_CLS_CODE", "0"), ("FID_TRGT_CLS_CODE", "111111111"), ("FID_TRGT_EXLS_CLS_CODE", "0000000000"), ("FID_INPUT_PRICE_1", ""),
            ("FID_INPUT_PRICE_2", ""), ("FID_VOL_CNT", ""), ("FID_INPUT_DATE_1", ""));
        AssertSuccess(rank.Status, rank.Body);
        Assert.NotEmpty(rank.Body.GetProperty("output").EnumerateArray());
        Assert.All(rank.Body.GetProperty("output").EnumerateArray(), r => AssertFields(r, FieldLists.VolumeRank));
        var holiday = await host.GetAsync($"{P}/chk-holiday", "CTCA0903R", ("BASS_DT", "20261120"), ("CTX_AREA_FK", ""), ("CTX_AREA_NK", ""));
        AssertSuccess(holiday.Status, holiday.Body);
        Assert.NotEmpty(holiday.Body.GetProperty("output").EnumerateArray());
        Assert.All(holiday.Body.GetProperty("output").EnumerateArray(), r => AssertFields(r, FieldLists.Holiday));
        Assert.Equal(JsonValueKind.String, holiday.Body.GetProperty("ctx_area_nk").ValueKind);
    }

    [Fact]
    public async Task UnknownCode_IsABusinessErrorWithHttp500()
    {
        host.Clock.Now = AfterClose;
        var (status, _, body) = await host.GetAsync($"{P}/inquire-price", "FHKST01010100", ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "999999"));
        Assert.Equal(500, status);
        Assert.Equal(("1", "APBK0656"), (body.GetProperty("rt_cd").GetString(), body.GetProperty("msg_cd").GetString()));
        var missing = await host.GetAsync($"{P}/inquire-daily-itemchartprice", "FHKST03010100", ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_DATE_2", "20261123"));
        Assert.Equal(("1", "OPSQ2002", "ERROR : INPUT_FIELD_NAME FID_INPUT_DATE_1"), (missing.Body.GetProperty("rt_cd").GetString(), missing.Body.GetProperty("msg_cd").GetString(), missing.Body.GetProperty("msg1").GetString()));
    }
}
