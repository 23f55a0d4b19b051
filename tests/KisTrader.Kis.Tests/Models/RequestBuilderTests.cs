using KisTrader.Kis.Models;

namespace KisTrader.Kis.Tests.Models;

/// <summary>The query strings and POST bodies the request records build (upper-case keys, strings only).</summary>
public sealed class RequestBuilderTests
{
    private static readonly KisAccount Account = new("12345678", "01");

    [Fact]
    public void CashOrder_LimitBuy_BodyIsTheSixKisKeys()
    {
        var request = new CashOrderRequest(Account, OrderSide.Buy, "005930", OrderDivision.Limit, 10, 71_200m);

        Assert.Equal(
            new Dictionary<string, string> { ["CANO"] = "12345678", ["ACNT_PRDT_CD"] = "01", ["PDNO"] = "005930", ["ORD_DVSN"] = "00", ["ORD_QTY"] = "10", ["ORD_UNPR"] = "71200" },
            request.ToBody());
        Assert.Equal(("TTTC0012U", "VTTC0012U"), (request.Endpoint.TrIdFor(false), request.Endpoint.TrIdFor(true)));
        Assert.Equal("TTTC0011U", (request with { Side = OrderSide.Sell }).Endpoint.RealTrId);
        Assert.True(request.Endpoint.IsPost);
    }

    [Fact]
    public void CashOrder_AfterHoursAndExchange_Codes()
    {
        var body = new CashOrderRequest(Account, OrderSide.Sell, "Q500001", OrderDivision.AfterHoursSinglePrice, 3, 10_600m) { ExchangeId = "KRX" }.ToBody();

        Assert.Equal(("07", "Q500001", "KRX"), (body["ORD_DVSN"], body["PDNO"], body["EXCG_ID_DVSN_CD"]));
        Assert.Equal("06", new CashOrderRequest(Account, OrderSide.Sell, "005930", OrderDivision.AfterMarketClosingPrice, 1, 0).ToBody()["ORD_DVSN"]);
    }

    [Theory]
    [InlineData(OrderDivision.Market, 71_200, "ORD_DVSN 01 (Market) takes no price")]
    [InlineData(OrderDivision.AfterMarketClosingPrice, 1, "ORD_DVSN 06 (AfterMarketClosingPrice) takes no price")]
    [InlineData(OrderDivision.Limit, 0, "ORD_DVSN 00 (Limit) needs a positive ORD_UNPR")]
    [InlineData(OrderDivision.Limit, 71_200.5, "A KRX price is a whole")]
    public void CashOrder_PriceThatDoesNotFitTheDivision_Throws(OrderDivision division, double price, string message)
    {
        var request = new CashOrderRequest(Account, OrderSide.Buy, "005930", division, 1, (decimal)price);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => request.ToBody());

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CashOrder_BadQuantityOrSymbol_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CashOrderRequest(Account, OrderSide.Buy, "005930", OrderDivision.Market, 0, 0).ToBody());
        Assert.Throws<ArgumentException>(() => new CashOrderRequest(Account, OrderSide.Buy, "5930", OrderDivision.Market, 1, 0));
        Assert.Throws<ArgumentException>(() => new SymbolQuery("00593O0"));
    }

    [Fact]
    public void CancelAll_KeepsLeadingZerosAndSendsZeroQuantityAndPrice()
    {
        var body = ModifyCancelRequest.CancelAll(Account, "06010", "0000002101").ToBody();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["CANO"] = "12345678", ["ACNT_PRDT_CD"] = "01", ["KRX_FWDG_ORD_ORGNO"] = "06010", ["ORGN_ODNO"] = "0000002101", ["ORD_DVSN"] = "00",
                ["RVSE_CNCL_DVSN_CD"] = "02", ["ORD_QTY"] = "0", ["ORD_UNPR"] = "0", ["QTY_ALL_ORD_YN"] = "Y",
            },
            body);
    }

    [Fact]
    public void Modify_PartialPriceChange_Body()
    {
        var body = new ModifyCancelRequest(Account, "06010", "0000002101", ModifyCancelKind.Modify, OrderDivision.Limit, 5, 71_000m, AllQuantity: false).ToBody();

        Assert.Equal(("01", "5", "71000", "N"), (body["RVSE_CNCL_DVSN_CD"], body["ORD_QTY"], body["ORD_UNPR"], body["QTY_ALL_ORD_YN"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModifyCancelRequest(Account, "06010", "1", ModifyCancelKind.Modify, OrderDivision.Limit, 0, 71_000m, false).ToBody());
    }

    [Fact]
    public void DailyOrder_EndpointByAgeAndQuery()
    {
        var today = new DateOnly(2026, 11, 23);

        Assert.Same(KisEndpoints.DailyCcld, new DailyOrderRequest(Account, today.AddMonths(-3), today).EndpointFor(today));
        Assert.Same(KisEndpoints.DailyCcldOld, new DailyOrderRequest(Account, new DateOnly(2026, 1, 2), new DateOnly(2026, 3, 31)).EndpointFor(today));
        Assert.Throws<ArgumentException>(() => new DailyOrderRequest(Account, new DateOnly(2026, 1, 2), today).EndpointFor(today));
        Assert.Equal(("VTTC0081R", "VTSC9215R"), (KisEndpoints.DailyCcld.TrIdFor(true), KisEndpoints.DailyCcldOld.TrIdFor(true)));

        var query = new DailyOrderRequest(Account, today, today) { Side = SideFilter.Buy, Fill = FillFilter.Unfilled, Symbol = "005930", OrderNo = "0000002101" }
            .ToQuery("12345678^01^", "202611230000002101");
        Assert.Equal(("20261123", "20261123", "02", "02", "00", "005930", "0000002101"), (query["INQR_STRT_DT"], query["INQR_END_DT"], query["SLL_BUY_DVSN_CD"], query["CCLD_DVSN"], query["INQR_DVSN"], query["PDNO"], query["ODNO"]));
        Assert.Equal(("12345678^01^", "202611230000002101"), (query["CTX_AREA_FK100"], query["CTX_AREA_NK100"]));
        Assert.NotEmpty(query.Keys);
        Assert.All(query.Keys, k => Assert.Equal(k.ToUpperInvariant(), k));
    }

    [Fact]
    public void Balance_And_Cancelable_Queries()
    {
        var balance = new BalanceRequest(Account, AfterHoursPrices: true).ToQuery();
        Assert.Equal(("Y", "02", "01", "00", string.Empty, string.Empty), (balance["AFHR_FLPR_YN"], balance["INQR_DVSN"], balance["UNPR_DVSN"], balance["PRCS_DVSN"], balance["CTX_AREA_FK100"], balance["OFL_YN"]));
        Assert.Equal(11, balance.Count);

        var cancelable = new CancelableOrdersRequest(Account, SideFilter.Sell, OrderBySymbol: true).ToQuery();
        Assert.Equal(("1", "1"), (cancelable["INQR_DVSN_1"], cancelable["INQR_DVSN_2"]));
    }

    [Fact]
    public void Quotation_Queries()
    {
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930", ["FID_INPUT_DATE_1"] = "20260102", ["FID_INPUT_DATE_2"] = "20261123",
                ["FID_PERIOD_DIV_CODE"] = "M", ["FID_ORG_ADJ_PRC"] = "1",
            },
            new DailyChartRequest("005930", new DateOnly(2026, 1, 2), new DateOnly(2026, 11, 23), ChartPeriod.Month, AdjustedPrices: false).ToQuery());
        Assert.Throws<ArgumentException>(() => new DailyChartRequest("005930", new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 23)).ToQuery());
        var minute = new MinuteChartRequest("005930", new TimeOnly(9, 30), Market: KisMarketCode.Unified).ToQuery();
        Assert.Equal(("093000", "UN", "Y", string.Empty), (minute["FID_INPUT_HOUR_1"], minute["FID_COND_MRKT_DIV_CODE"], minute["FID_PW_DATA_INCU_YN"], minute["FID_ETC_CLS_CODE"]));
        Assert.Equal(("U", "1001"), (new IndexQuery(IndexQuery.Kosdaq).ToQuery()["FID_COND_MRKT_DIV_CODE"], new IndexQuery(IndexQuery.Kosdaq).ToQuery()["FID_INPUT_ISCD"]));
        Assert.Equal("1", new OvertimeConclusionRequest("005930").ToQuery()["FID_HOUR_CLS_CODE"]);
        var holiday = new HolidayRequest(new DateOnly(2026, 11, 23)).ToQuery(string.Empty, "20261213");
        Assert.Equal(("20261123", "20261213"), (holiday["BASS_DT"], holiday["CTX_AREA_NK"]));
    }

    [Fact]
    public void VolumeRank_ExclusionPositionsAndFilters()
    {
        var query = new VolumeRankRequest
        {
            Scope = "1001", SortBy = VolumeRankSort.TradingValue, Division = VolumeRankDivision.Common,
            Exclude = VolumeRankExclusions.Etf | VolumeRankExclusions.Etn | VolumeRankExclusions.Spac | VolumeRankExclusions.MarketWarnings,
            MinPrice = 1_000m, MinVolume = 100_000,
        }.ToQuery();

        Assert.Equal("1000001101", query["FID_TRGT_EXLS_CLS_CODE"]);
        Assert.Equal(("1001", "3", "1", "20171", "1000", string.Empty, "100000"), (query["FID_INPUT_ISCD"], query["FID_BLNG_CLS_CODE"], query["FID_DIV_CLS_CODE"], query["FID_COND_SCR_DIV_CODE"], query["FID_INPUT_PRICE_1"], query["FID_INPUT_PRICE_2"], query["FID_VOL_CNT"]));
    }

    [Fact]
    public void Endpoints_RealOnlyRefusePaper()
    {
        var error = Assert.Throws<KisEndpointNotAvailableException>(() => KisEndpoints.VolumeRank.TrIdFor(paper: true));

        Assert.Contains("volume-rank", error.Message, StringComparison.Ordinal);
        Assert.Equal("VTTC8434R", KisEndpoints.InquireBalance.TrIdFor(paper: true));
        Assert.Equal("FHKST01010100", KisEndpoints.InquirePrice.TrIdFor(paper: true));
        Assert.NotEmpty(KisEndpoints.All);
        Assert.All(KisEndpoints.All, e => Assert.StartsWith("/uapi/domestic-stock/v1/", e.Path, StringComparison.Ordinal));
        Assert.Equal(KisPaging.Ctx, KisEndpoints.ChkHoliday.Paging);
    }

    [Fact]
    public void Account_ToStringMasksTheNumber()
    {
        Assert.Equal("1234****-01", Account.ToString());
        Assert.DoesNotContain("12345678", $"{new BalanceRequest(Account)}", StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new KisAccount("1234567", "01"));
        Assert.Throws<ArgumentException>(() => new KisAccount("12345678", "1"));
    }

    [Fact]
    public void Codes_RoundTrip()
    {
        Assert.All(Enum.GetValues<OrderDivision>(), d => Assert.Equal(d, KisCodes.ParseOrderDivision(d.ToCode())));
        Assert.Equal(OrderSide.Sell, KisCodes.ParseOrderSide("01"));
        Assert.Null(KisCodes.ParseOrderSide("00"));
        Assert.Equal(MarketWarning.Risk, KisCodes.ParseMarketWarning("03"));
        Assert.Null(KisCodes.ParseMarketWarning("04"));
        Assert.Equal(["J", "NX", "UN", "U"], Enum.GetValues<KisMarketCode>().Select(m => m.ToCode()));
        Assert.Equal(["D", "W", "M", "Y"], Enum.GetValues<ChartPeriod>().Select(p => p.ToCode()));
        Assert.Equal(
            [OrderDivision.Limit, OrderDivision.Market, OrderDivision.ConditionalLimit, OrderDivision.BestLimit, OrderDivision.PriorityLimit],
            Enum.GetValues<OrderDivision>().Where(d => d.IsAvailableInPaper()));
    }
}
