using System.Text.Json;
using KisTrader.Kis.Models;

namespace KisTrader.Kis.Tests.Models;

/// <summary>Hand-written replies for what the simulator never sends: blanks, signs, extra fields, missing and broken fields.</summary>
public sealed class EdgeCaseJsonTests
{
    private const string Quote = """
        {"stck_shrn_iscd":"005930","stck_prpr":"71200","prdy_vrss":"-500","prdy_vrss_sign":"5","prdy_ctrt":"-0.70",
         "acml_vol":"12345678","acml_tr_pbmn":"879000000000","stck_oprc":"71700","stck_hgpr":"71900","stck_lwpr":"71000",
         "stck_mxpr":"93200","stck_llam":"50200","stck_sdpr":"71700","lstn_stcn":"5969782550"}
        """;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string With(string json, string field, string rawValue) =>
        json.Replace($"\"{field}\":\"", $"\"{field}\":{rawValue}, \"__old_{field}\":\"", StringComparison.Ordinal);

    [Fact]
    public void Parse_MinimalQuote_OptionalFieldsAreNull()
    {
        var quote = StockQuote.Parse(Json(Quote));

        Assert.Equal((71_200m, -500m, PriceSign.Down, -0.70m), (quote.Price, quote.Change, quote.Sign, quote.ChangeRate));
        Assert.Equal(5_969_782_550L, quote.ListedShares);
        Assert.Null(quote.Vwap);
        Assert.Null(quote.Warning);
        Assert.Null(quote.Per);
        Assert.Equal(string.Empty, quote.MarketName);
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesFieldAndEndpoint()
    {
        var json = Quote.Replace("\"stck_prpr\":\"71200\",", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<KisParseException>(() => StockQuote.Parse(Json(json)));

        Assert.Equal("inquire-price: required field 'stck_prpr' is missing.", error.Message);
        Assert.Equal(("inquire-price", "stck_prpr"), (error.Endpoint, error.Field));
    }

    [Theory]
    [InlineData("stck_prpr", "\"71,200\"", "inquire-price: field 'stck_prpr' has value '71,200', expected a number.")]
    [InlineData("acml_vol", "\"12.5\"", "inquire-price: field 'acml_vol' has value '12.5', expected a whole number.")]
    [InlineData("prdy_vrss_sign", "\"9\"", "inquire-price: field 'prdy_vrss_sign' has value '9', expected a sign code 1-5.")]
    [InlineData("stck_prpr", "\"1234567890123456789012345678901234567890\"", "inquire-price: field 'stck_prpr' has value '123456789012345678901234…', expected a number.")]
    [InlineData("stck_prpr", "{\"x\":1}", "inquire-price: field 'stck_prpr' has value '{\"x\":1}', expected a string.")]
    public void Parse_MalformedValue_NamesFieldValueAndExpectation(string field, string rawValue, string message)
    {
        var error = Assert.Throws<KisParseException>(() => StockQuote.Parse(Json(With(Quote, field, rawValue))));

        Assert.Equal(message, error.Message);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("-500", "5", -500)]
    [InlineData("500", "5", -500)] // magnitude with a falling sign code
    [InlineData("500", "4", -500)]
    [InlineData("+300", "2", 300)]
    [InlineData("300", "1", 300)]
    [InlineData("0", "3", 0)]
    public void Parse_Change_IsSignedFromValueOrSignCode(string value, string sign, int expected)
    {
        var json = Quote.Replace("\"prdy_vrss\":\"-500\",\"prdy_vrss_sign\":\"5\"", $"\"prdy_vrss\":\"{value}\",\"prdy_vrss_sign\":\"{sign}\"", StringComparison.Ordinal);

        Assert.Equal(expected, StockQuote.Parse(Json(json)).Change);
    }

    [Fact]
    public void Parse_EmptyStrings_RequiredNumbersAreZeroOptionalAreNull()
    {
        var json = Quote.Replace("\"stck_oprc\":\"71700\"", "\"stck_oprc\":\"\"", StringComparison.Ordinal)
            .Replace("\"prdy_vrss_sign\":\"5\"", "\"prdy_vrss_sign\":\"\",\"per\":\"\",\"w52_hgpr_date\":\"\",\"crdt_able_yn\":\"\"", StringComparison.Ordinal);

        var quote = StockQuote.Parse(Json(json));

        Assert.Equal(0m, quote.Open);
        Assert.Equal(PriceSign.None, quote.Sign);
        Assert.Null(quote.Per);
        Assert.Null(quote.High52WeekDate);
        Assert.Null(quote.CreditAvailable);
    }

    [Fact]
    public void Parse_ExtraFieldsOfAnyShape_AreIgnored()
    {
        var json = Quote.Replace("{", "{\"new_field_2027\":\"x\",\"nested\":{\"a\":[1,2]},\"arr\":[{}],\"num\":12,", StringComparison.Ordinal);

        Assert.Equal(71_200m, StockQuote.Parse(Json(json)).Price);
    }

    [Fact]
    public void Parse_UnquotedNumbers_AreTolerated()
    {
        var json = Quote.Replace("\"stck_prpr\":\"71200\"", "\"stck_prpr\":71200", StringComparison.Ordinal);

        Assert.Equal(71_200m, StockQuote.Parse(Json(json)).Price);
    }

    [Fact]
    public void OrderReply_UpperAndLowerCaseKeys_ParseTheSame()
    {
        var upper = OrderReply.Parse(Json("""{"KRX_FWDG_ORD_ORGNO":"06010","ODNO":"0000002101","ORD_TMD":"091502"}"""));
        var lower = OrderReply.Parse(Json("""{"krx_fwdg_ord_orgno":"06010","odno":"0000002101","ord_tmd":"091502"}"""), "order-rvsecncl");

        Assert.Equal(upper, lower);
        Assert.Equal(("06010", "0000002101", new TimeOnly(9, 15, 2)), (upper.OrgNo, upper.OrderNo, upper.Time));
    }

    [Fact]
    public void OrderReply_EmptyOrderNumber_IsRejected()
    {
        var error = Assert.Throws<KisParseException>(() => OrderReply.Parse(Json("""{"KRX_FWDG_ORD_ORGNO":"","ODNO":"","ORD_TMD":""}""")));

        Assert.Contains("'ODNO'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRows_BlankPaddingRowsNullAndObject_AreHandled()
    {
        const string Row = """{"stck_bsop_date":"20261120","stck_clpr":"10050","stck_oprc":"10000","stck_hgpr":"10100","stck_lwpr":"9950","acml_vol":"420000","acml_tr_pbmn":"1","prdy_vrss":"","prdy_vrss_sign":""}""";
        const string Blank = """{"stck_bsop_date":"","stck_clpr":"","stck_oprc":" ","stck_hgpr":"","stck_lwpr":"","acml_vol":"","acml_tr_pbmn":""}""";

        Assert.Single(DailyBar.ParseRows(Json($"[{Row},{Blank},{Blank}]")));
        Assert.Empty(DailyBar.ParseRows(Json("null")));
        Assert.Empty(DailyBar.ParseRows(default));
        Assert.Empty(DailyBar.ParseRows(Json("[]")));
        Assert.Empty(DailyBar.ParseRows(Json("{}")));
        var single = Assert.Single(DailyBar.ParseRows(Json(Row)));
        Assert.Equal((0m, PriceSign.None, string.Empty), (single.Change, single.Sign, single.AdjustmentCode));
        var error = Assert.Throws<KisParseException>(() => DailyBar.ParseRows(Json("\"oops\"")));
        Assert.Equal("inquire-daily-itemchartprice: 'output2' is a string, expected an array.", error.Message);
    }

    [Fact]
    public void SummaryOutputs_AcceptObjectOrOneRowArrayOnly()
    {
        const string Totals = """{"tot_ord_qty":"11","tot_ccld_qty":"10","tot_ccld_amt":"712000","prsm_tlex_smtl":"","pchs_avg_pric":"71200.0000"}""";

        Assert.Equal(10L, DailyOrderTotals.Parse(Json(Totals)).TotalFilledQuantity);
        Assert.Equal(0m, DailyOrderTotals.Parse(Json($"[{Totals}]")).EstimatedCosts);
        var error = Assert.Throws<KisParseException>(() => DailyOrderTotals.Parse(Json($"[{Totals},{Totals}]")));
        Assert.Equal("inquire-daily-ccld: 'output2' must hold one row, got 2.", error.Message);
        Assert.Throws<KisParseException>(() => BalanceSummary.Parse(Json("[]")));
    }

    [Theory]
    [InlineData("00000000", null)]
    [InlineData("", null)]
    [InlineData("20261123", "2026-11-23")]
    public void OptionalDates_ZerosAndBlanksAreNull(string raw, string? expected)
    {
        var json = Quote.Replace("{", $"{{\"w52_hgpr_date\":\"{raw}\",", StringComparison.Ordinal);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StockQuote.Parse(Json(json)).High52WeekDate);
    }

    [Theory]
    [InlineData("20261340")]
    [InlineData("2026-11-23")]
    public void RequiredDate_Invalid_Throws(string raw)
    {
        var row = $$"""[{"bass_dt":"{{raw}}","wday_dvsn_cd":"02","bzdy_yn":"Y","tr_day_yn":"Y","opnd_yn":"Y","sttl_day_yn":"Y"}]""";

        var error = Assert.Throws<KisParseException>(() => MarketDay.ParseRows(Json(row)));

        Assert.Equal($"chk-holiday: field 'bass_dt' has value '{raw}', expected a date (yyyyMMdd).", error.Message);
    }

    [Theory]
    [InlineData("0930", 9, 30, 0)]
    [InlineData("153000", 15, 30, 0)]
    [InlineData("000001", 0, 0, 1)]
    public void Times_HhmmssAndHhmm(string raw, int h, int m, int s)
    {
        var row = $$"""[{"stck_cntg_hour":"{{raw}}","stck_prpr":"1","prdy_vrss":"0","prdy_vrss_sign":"3","prdy_ctrt":"0","cntg_vol":"1","tday_rltv":"0"}]""";

        Assert.Equal(new TimeOnly(h, m, s), Assert.Single(StockExecution.ParseRows(Json(row))).Time);
    }

    [Fact]
    public void Time_OutOfRange_Throws()
    {
        const string Row = """[{"stck_cntg_hour":"250000","stck_prpr":"1","prdy_vrss":"0","prdy_vrss_sign":"3","prdy_ctrt":"0","cntg_vol":"1","tday_rltv":"0"}]""";

        Assert.Equal("inquire-ccnl: field 'stck_cntg_hour' has value '250000', expected a time (HHmmss).", Assert.Throws<KisParseException>(() => StockExecution.ParseRows(Json(Row))).Message);
    }

    [Fact]
    public void Flags_YnAnd10_OtherValuesThrow()
    {
        const string Row = """{"bass_dt":"20261123","wday_dvsn_cd":"02","bzdy_yn":"1","tr_day_yn":"y","opnd_yn":"N","sttl_day_yn":"0"}""";

        var day = Assert.Single(MarketDay.ParseRows(Json($"[{Row}]")));
        Assert.Equal((true, true, false, false), (day.IsBusinessDay, day.IsTransactionDay, day.IsOpen, day.IsSettlementDay));
        var error = Assert.Throws<KisParseException>(() => MarketDay.ParseRows(Json($"[{Row.Replace("\"opnd_yn\":\"N\"", "\"opnd_yn\":\"X\"", StringComparison.Ordinal)}]")));
        Assert.Equal("chk-holiday: field 'opnd_yn' has value 'X', expected Y or N.", error.Message);
    }

    [Fact]
    public void DailyOrder_UnknownSideOrDivision()
    {
        const string Row = """
            {"ord_dt":"20261123","ord_gno_brno":"06010","odno":"0000000001","orgn_odno":"","sll_buy_dvsn_cd":"02","pdno":"005930",
             "ord_qty":"10","ord_unpr":"0","ord_tmd":"100000","tot_ccld_qty":"10","avg_prvs":"71200","tot_ccld_amt":"712000","rmn_qty":"0",
             "ord_dvsn_cd":"22"}
            """;

        var order = Assert.Single(DailyOrder.ParseRows(Json($"[{Row}]")));
        Assert.Equal(("22", null, null, ""), (order.DivisionCode, order.Division, order.LastFillTime, order.OriginalOrderNo)); // an NXT-era code is kept as text
        var error = Assert.Throws<KisParseException>(() => DailyOrder.ParseRows(Json($"[{Row.Replace("\"02\"", "\"03\"", StringComparison.Ordinal)}]")));
        Assert.Equal("inquire-daily-ccld: field 'sll_buy_dvsn_cd' has value '03', expected 01 (sell) or 02 (buy).", error.Message);
    }

    [Fact]
    public void OvertimeOrderBook_BothSpellingsOfLevelTwoBidQuantity()
    {
        static string Book(string bid2Name) => $$"""
            {"ovtm_untp_last_hour":"","ovtm_untp_askp1":"10600","ovtm_untp_askp2":"0","ovtm_untp_askp_rsqn1":"50","ovtm_untp_askp_rsqn2":"0",
             "ovtm_untp_bidp1":"10500","ovtm_untp_bidp2":"10490","ovtm_untp_bidp_rsqn1":"70","{{bid2Name}}":"30",
             "ovtm_untp_total_askp_rsqn":"50","ovtm_untp_total_bidp_rsqn":"100"}
            """;

        foreach (var name in new[] { "ovtm_untp_bidp_rsqn", "ovtm_untp_bidp_rsqn2" })
        {
            var book = OvertimeOrderBook.Parse(Json(Book(name)));
            Assert.Equal([new OvertimeBookLevel(1, 10_600m, 50, null)], book.Asks);
            Assert.Equal([new OvertimeBookLevel(1, 10_500m, 70, null), new OvertimeBookLevel(2, 10_490m, 30, null)], book.Bids);
            Assert.Null(book.LastTime);
        }
    }

    [Fact]
    public void OvertimeQuote_ZeroExpectedPrice_MeansNone()
    {
        const string Output = """
            {"ovtm_untp_prpr":"10500","ovtm_untp_prdy_vrss":"0","ovtm_untp_prdy_vrss_sign":"3","ovtm_untp_prdy_ctrt":"0.00","ovtm_untp_vol":"0",
             "ovtm_untp_tr_pbmn":"0","ovtm_untp_mxpr":"11550","ovtm_untp_llam":"9450","ovtm_untp_oprc":"0","ovtm_untp_hgpr":"0","ovtm_untp_lwpr":"0",
             "ovtm_untp_sdpr":"10500","ovtm_untp_antc_cnpr":"0","ovtm_untp_antc_cntg_vrss":"0","ovtm_untp_antc_cntg_vrss_sign":"3","ovtm_untp_antc_cnqn":"0"}
            """;

        var quote = OvertimeQuote.Parse(Json(Output));

        Assert.Null(quote.ExpectedPrice);
        Assert.Null(quote.ExpectedVolume);
        Assert.Equal(0m, quote.Open);
    }

    [Fact]
    public void Output_NotAnObject_IsNamed()
    {
        var error = Assert.Throws<KisParseException>(() => BuyingPower.Parse(Json("\"x\"")));

        Assert.Equal("inquire-psbl-order: 'output' is a string, expected an object.", error.Message);
        Assert.Equal("inquire-psbl-order: 'output' is missing, expected an object.", Assert.Throws<KisParseException>(() => BuyingPower.Parse(default)).Message);
    }
}
