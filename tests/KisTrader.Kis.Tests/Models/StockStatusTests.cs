using System.Text.Json;
using KisTrader.Kis.Models;

namespace KisTrader.Kis.Tests.Models;

/// <summary>iscd_stat_cls_code, temp_stop_yn and mang_issu_cls_code as typed properties of <see cref="StockQuote"/>.</summary>
public sealed class StockStatusTests
{
    private const string Quote = """
        {"stck_shrn_iscd":"005930","stck_prpr":"71200","prdy_vrss":"-500","prdy_vrss_sign":"5","prdy_ctrt":"-0.70",
         "acml_vol":"12345678","acml_tr_pbmn":"879000000000","stck_oprc":"71700","stck_hgpr":"71900","stck_lwpr":"71000",
         "stck_mxpr":"93200","stck_llam":"50200","stck_sdpr":"71700","lstn_stcn":"5969782550"EXTRA}
        """;

    private static StockQuote Parse(string extra) =>
        StockQuote.Parse(JsonDocument.Parse(Quote.Replace("EXTRA", extra, StringComparison.Ordinal)).RootElement.Clone());

    [Theory]
    [InlineData("00", StockStatus.None)]
    [InlineData("51", StockStatus.Administrative)]
    [InlineData("52", StockStatus.InvestmentRisk)]
    [InlineData("53", StockStatus.InvestmentWarning)]
    [InlineData("54", StockStatus.InvestmentCaution)]
    [InlineData("55", StockStatus.CreditAvailable)]
    [InlineData("57", StockStatus.FullMargin)]
    [InlineData("58", StockStatus.Halted)]
    [InlineData("59", StockStatus.ShortTermOverheated)]
    public void ParseStockStatus_KnownCode_Typed(string code, StockStatus expected)
    {
        Assert.Equal(expected, KisCodes.ParseStockStatus(code));
        Assert.Equal(expected, Parse($",\"iscd_stat_cls_code\":\"{code}\"").Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("56")]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("5 8")]
    public void ParseStockStatus_BlankOrUnknown_Null(string code)
    {
        Assert.Null(KisCodes.ParseStockStatus(code));
        Assert.Null(KisCodes.ParseStockStatus(null));
        var quote = Parse($",\"iscd_stat_cls_code\":\"{code}\"");
        Assert.Null(quote.Status);
        Assert.False(quote.IsHalted);
        Assert.False(quote.IsAdministrative);
    }

    [Theory]
    [InlineData(",\"iscd_stat_cls_code\":\"58\"", true)]
    [InlineData(",\"iscd_stat_cls_code\":\"55\",\"temp_stop_yn\":\"Y\"", true)]
    [InlineData(",\"iscd_stat_cls_code\":\"55\",\"temp_stop_yn\":\"N\"", false)]
    [InlineData(",\"iscd_stat_cls_code\":\"51\"", false)]
    [InlineData("", false)]
    public void IsHalted_StatusOrTemporaryStop(string fields, bool halted)
    {
        Assert.Equal(halted, Parse(fields).IsHalted);
    }

    [Theory]
    [InlineData(",\"iscd_stat_cls_code\":\"51\"", true)]
    [InlineData(",\"iscd_stat_cls_code\":\"55\",\"mang_issu_cls_code\":\"Y\"", true)]
    [InlineData(",\"iscd_stat_cls_code\":\"58\",\"mang_issu_cls_code\":\"N\"", false)]
    [InlineData("", false)]
    public void IsAdministrative_StatusOrDesignationFlag(string fields, bool administrative)
    {
        Assert.Equal(administrative, Parse(fields).IsAdministrative);
    }
}
