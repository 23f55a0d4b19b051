using System.IO.Compression;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// Every REST endpoint of the issue through the started host's gateway (headers, token, TR ID): HTTP 200, rt_cd "0",
/// every value a string (kis-api.md §2.5: numbers as strings), plus paging with tr_cont and the master-file downloads.
/// </summary>
public sealed class EndpointCoverageTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Q = "/uapi/domestic-stock/v1/quotations/";

    public static TheoryData<string, string, string> Quotations => new()
    {
        { "inquire-price", "FHKST01010100", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930" },
        { "inquire-ccnl", "FHKST01010300", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930" },
        { "inquire-daily-itemchartprice", "FHKST03010100", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930&FID_INPUT_DATE_1=20260101&FID_INPUT_DATE_2=20261123&FID_PERIOD_DIV_CODE=D&FID_ORG_ADJ_PRC=0" },
        { "inquire-time-itemchartprice", "FHKST03010200", "FID_ETC_CLS_CODE=&FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930&FID_INPUT_HOUR_1=152500&FID_PW_DATA_INCU_YN=Y" },
        { "inquire-overtime-price", "FHPST02300000", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930" },
        { "inquire-overtime-asking-price", "FHPST02300400", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930" },
        { "inquire-time-overtimeconclusion", "FHPST02310000", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930&FID_HOUR_CLS_CODE=1" },
        { "inquire-daily-overtimeprice", "FHPST02320000", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930" },
        { "inquire-index-price", "FHPUP02100000", "FID_COND_MRKT_DIV_CODE=U&FID_INPUT_ISCD=0001" },
        { "inquire-daily-indexchartprice", "FHKUP03500100", "FID_COND_MRKT_DIV_CODE=U&FID_INPUT_ISCD=1001&FID_INPUT_DATE_1=20261101&FID_INPUT_DATE_2=20261123&FID_PERIOD_DIV_CODE=D" },
        { "volume-rank", "FHPST01710000", "FID_COND_MRKT_DIV_CODE=J&FID_COND_SCR_DIV_CODE=20171&FID_INPUT_ISCD=0000&FID_DIV_CLS_CODE=0&FID_BLNG_CLS_CODE=0&FID_TRGT_CLS_CODE=111111111&FID_TRGT_EXLS_CLS_CODE=0000000000&FID_INPUT_PRICE_1=&FID_INPUT_PRICE_2=&FID_VOL_CNT=&FID_INPUT_DATE_1=" },
        { "chk-holiday", "CTCA0903R", "BASS_DT=20261120&CTX_AREA_FK=&CTX_AREA_NK=" },
    };

    /// <summary>Every property value in the body except the envelope is a string (or an array/object of strings).</summary>
    private static void AssertAllStrings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    AssertAllStrings(p.Value, path + "." + p.Name);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertAllStrings(item, path + "[]");
                }

                break;
            default:
                Assert.True(element.ValueKind == JsonValueKind.String, $"{path} is {element.ValueKind}, not a string");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Quotations))]
    public async Task Quotation_ThroughTheGateway_200WithStringsOnly(string path, string trId, string query)
    {
        var caller = await sim.CallerAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Q + path + "?" + query);
        SimulatorFixture.AddKisHeaders(request, trId, caller);

        var answer = await sim.SendAsync(request);

        Assert.True(answer.Status == 200, answer.Text);
        Assert.Equal("0", answer.RtCd);
        Assert.Contains(answer.Body.EnumerateObject(), p => p.Name.StartsWith("output", StringComparison.Ordinal));
        AssertAllStrings(answer.Body, "$");
        Assert.True(sim.Metrics.Snapshot().Rest.ByTrId[trId] >= 1);
    }

    [Fact]
    public async Task DailyChart_100RowsPerCall_PagingBackByDate()
    {
        var caller = await sim.CallerAsync();
        (string, string)[] Query(string to) =>
            [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_DATE_1", "20250101"), ("FID_INPUT_DATE_2", to), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0")];

        var first = await sim.GetAsync(Q + "inquire-daily-itemchartprice", "FHKST03010100", caller, Query("20261123"));
        var rows = first.Body.GetProperty("output2").EnumerateArray().Select(r => r.S("stck_bsop_date")).ToList();
        var oldest = DateOnly.ParseExact(rows[^1], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var second = await sim.GetAsync(Q + "inquire-daily-itemchartprice", "FHKST03010100", caller, Query(oldest.AddDays(-1).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)));
        var next = second.Body.GetProperty("output2").EnumerateArray().Select(r => r.S("stck_bsop_date")).ToList();

        Assert.Equal(100, rows.Count);
        Assert.Equal("20261123", rows[0]);                                         // newest first, today included
        Assert.Equal(rows.OrderByDescending(d => d, StringComparer.Ordinal), rows);
        Assert.Equal(100, next.Count);
        Assert.True(string.CompareOrdinal(next[0], rows[^1]) < 0);
    }

    [Fact]
    public async Task TimeChart_30BarsNewestFirst_PagingByHour()
    {
        var caller = await sim.CallerAsync();
        (string, string)[] Query(string hour) =>
            [("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930"), ("FID_INPUT_HOUR_1", hour), ("FID_PW_DATA_INCU_YN", "Y")];

        var first = await sim.GetAsync(Q + "inquire-time-itemchartprice", "FHKST03010200", caller, Query("152500"));
        var bars = first.Body.GetProperty("output2").EnumerateArray().Select(r => r.S("stck_cntg_hour")).ToList();
        var second = await sim.GetAsync(Q + "inquire-time-itemchartprice", "FHKST03010200", caller, Query("145400"));
        var older = second.Body.GetProperty("output2").EnumerateArray().Select(r => r.S("stck_cntg_hour")).ToList();

        Assert.Equal(30, bars.Count);
        Assert.Equal(bars.OrderByDescending(h => h, StringComparer.Ordinal), bars);
        Assert.True(string.CompareOrdinal(bars[0], "152500") <= 0);
        Assert.Equal(30, older.Count);
        Assert.True(string.CompareOrdinal(older[0], "145400") <= 0);
        Assert.NotEmpty(first.Body.GetProperty("output2").EnumerateArray());
        Assert.All(first.Body.GetProperty("output2").EnumerateArray(), r => Assert.Equal("20261123", r.S("stck_bsop_date")));
    }

    [Fact]
    public async Task Trading_AllSixEndpoints_Answer()
    {
        var caller = await sim.NewCallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        var upper = await sim.UpperLimitAsync(caller, "005930");

        var buy = await sim.OrderCashAsync(caller, "TTTC0802U", cano, "005930", "00", 2, upper);  // old buy TR ID
        var odno = buy.Body.GetProperty("output").S("ODNO");
        var cancelable = await sim.GetAsync(HostCalls.Trading + "inquire-psbl-rvsecncl", "TTTC8036R", caller,
            [("CANO", cano), ("ACNT_PRDT_CD", "01"), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", ""), ("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]);
        var modify = await sim.PostAsync(HostCalls.Trading + "order-rvsecncl", "TTTC0013U", caller, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["CANO"] = cano, ["ACNT_PRDT_CD"] = "01", ["KRX_FWDG_ORD_ORGNO"] = buy.Body.GetProperty("output").S("KRX_FWDG_ORD_ORGNO"), ["ORGN_ODNO"] = odno,
            ["ORD_DVSN"] = "00", ["RVSE_CNCL_DVSN_CD"] = "02", ["ORD_QTY"] = "0", ["ORD_UNPR"] = "0", ["QTY_ALL_ORD_YN"] = "Y",
        }));
        var psbl = await sim.GetAsync(HostCalls.Trading + "inquire-psbl-order", "TTTC8908R", caller,
            [("CANO", cano), ("ACNT_PRDT_CD", "01"), ("PDNO", "005930"), ("ORD_UNPR", "0"), ("ORD_DVSN", "01"), ("CMA_EVLU_AMT_ICLD_YN", "N"), ("OVRS_ICLD_YN", "N")]);
        var balance = await sim.BalanceAsync(caller, cano);
        var ccld = await sim.DailyCcldAsync(caller, cano, "20261123");

        foreach (var answer in new[] { buy, cancelable, modify, psbl, balance, ccld })
        {
            Assert.True(answer.Status == 200, answer.Text);
            Assert.Equal("0", answer.RtCd);
            AssertAllStrings(answer.Body, "$");
        }

        Assert.Equal(odno, Assert.Single(cancelable.Body.GetProperty("output").EnumerateArray()).S("odno"));
        Assert.Equal(["krx_fwdg_ord_orgno", "odno", "ord_tmd"], modify.Body.GetProperty("output").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, ccld.Body.GetProperty("output1").GetArrayLength());                        // the order and its cancel
    }

    [Fact]
    public async Task Paper_DailyCcld_15RowsPerPage_TrContAndCtxArea()
    {
        await using var paper = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:Profile"] = "Paper";
            s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00";
        });
        var caller = await paper.CallerAsync();
        var (cano, _) = await paper.AccountAsync(caller.AppKey);
        var upper = await paper.UpperLimitAsync(caller, "005930");
        for (var i = 0; i < 16; i++)
        {
            var order = await paper.OrderCashAsync(caller, "VTTC0012U", cano, "005930", "00", 1, upper);
            Assert.True(order.Status == 200, order.Text);
        }

        (string, string)[] Query(string fk, string nk) =>
        [
            ("CANO", cano), ("ACNT_PRDT_CD", "01"), ("INQR_STRT_DT", "20261124"), ("INQR_END_DT", "20261124"), ("SLL_BUY_DVSN_CD", "00"),
            ("INQR_DVSN", "00"), ("PDNO", ""), ("CCLD_DVSN", "00"), ("ORD_GNO_BRNO", ""), ("ODNO", ""), ("INQR_DVSN_3", "00"),
            ("INQR_DVSN_1", ""), ("CTX_AREA_FK100", fk), ("CTX_AREA_NK100", nk),
        ];
        var first = await paper.GetAsync(HostCalls.Trading + "inquire-daily-ccld", "VTTC0081R", caller, Query("", ""));
        var second = await paper.GetAsync(HostCalls.Trading + "inquire-daily-ccld", "VTTC0081R", caller, Query(first["ctx_area_fk100"], first["ctx_area_nk100"]), trCont: "N");

        Assert.Equal((200, "F", 15), (first.Status, first.TrCont, first.Body.GetProperty("output1").GetArrayLength()));
        Assert.NotEqual(string.Empty, first["ctx_area_nk100"].Trim());
        Assert.Equal((200, "E", 1), (second.Status, second.TrCont, second.Body.GetProperty("output1").GetArrayLength()));
        var all = first.Body.GetProperty("output1").EnumerateArray().Concat(second.Body.GetProperty("output1").EnumerateArray()).Select(r => r.S("odno"));
        Assert.Equal(16, all.Distinct().Count());
    }

    [Theory]
    [InlineData("/common/master/kospi_code.mst.zip", "kospi_code.mst")]
    [InlineData("/common/master/kosdaq_code.mst.zip", "kosdaq_code.mst")]
    public async Task MasterFiles_ServedAsZipWithOneMstFile(string path, string entry)
    {
        using var response = await sim.Http.GetAsync(path, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(entry, Assert.Single(zip.Entries).FullName);
        Assert.True(zip.Entries[0].Length > 100 * 200, "one fixed-width line per listing");
    }
}
