using System.Globalization;
using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.Trading.Book;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KisTrader.Kis.Simulator.Tests.Trading;

/// <summary>inquire-balance and inquire-daily-ccld paging (real vs paper page sizes) and request checks.</summary>
public sealed class InquiryPagingTests
{
    private static readonly DateTimeOffset Morning = BookHarness.At(10, 0);

    private static KisInput Query(params (string Key, string Value)[] pairs) =>
        KisInput.FromQuery(pairs.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value)));

    private static KisInput BalanceQuery(AccountRef account, string nk = "") => Query(
        ("CANO", account.Cano), ("ACNT_PRDT_CD", account.ProductCode), ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "02"),
        ("UNPR_DVSN", "01"), ("FUND_STTL_ICLD_YN", "N"), ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"),
        ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", nk));

    private static KisInput CcldQuery(AccountRef account, string nk = "", string order = "00", string filled = "00", string side = "00") => Query(
        ("CANO", account.Cano), ("ACNT_PRDT_CD", account.ProductCode), ("INQR_STRT_DT", "20261123"), ("INQR_END_DT", "20261123"),
        ("SLL_BUY_DVSN_CD", side), ("INQR_DVSN", order), ("PDNO", ""), ("CCLD_DVSN", filled), ("ORD_GNO_BRNO", ""), ("ODNO", ""),
        ("INQR_DVSN_3", "00"), ("INQR_DVSN_1", ""), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", nk));

    /// <summary>A harness whose account holds one share of each of <paramref name="count"/> listings 100001….</summary>
    private static (BookHarness Harness, InquiryHandlers Handlers) WithHoldings(int count, bool paper)
    {
        var h = new BookHarness(startingCash: 1_000_000_000m);
        for (var i = 1; i <= count; i++)
        {
            var code = (100_000 + i).ToString(CultureInfo.InvariantCulture);
            h.Market.List(code, $"종목{i}", 10_000m, 13_000m, 7_000m);
            h.Market.SetBook(code, BookHarness.At(9, 0), [(10_000m, 10)], [(9_990m, 10)]);
            Assert.True(h.Buy(Morning, "1", "10000", code: code, paper: paper).Accepted);
        }

        return (h, new InquiryHandlers(h.Book, Options.Create(h.Options)));
    }

    private static TradingCall Call(BookHarness h, bool paper, string trCont = "") =>
        new(paper ? h.Paper : h.Real, paper ? "VTTC8434R" : "TTTC8434R", trCont, Morning);

    [Theory]
    [InlineData(false, 55, new[] { 50, 5 }, new[] { "F", "E" })]
    [InlineData(true, 55, new[] { 20, 20, 15 }, new[] { "F", "M", "E" })]
    [InlineData(false, 50, new[] { 50 }, new[] { "D" })]
    [InlineData(true, 20, new[] { 20 }, new[] { "D" })]
    [InlineData(true, 21, new[] { 20, 1 }, new[] { "F", "E" })]
    public void Balance_ManyHoldings_PagesAtTheProfilesPageSize(bool paper, int holdings, int[] pageRows, string[] trConts)
    {
        var (h, handlers) = WithHoldings(holdings, paper);
        var account = paper ? h.Paper : h.Real;
        var nk = string.Empty;
        var seen = new List<string>();
        for (var page = 0; page < pageRows.Length; page++)
        {
            var reply = handlers.Balance(Call(h, paper, page == 0 ? string.Empty : "N"), BalanceQuery(account, nk));
            var rows = reply.Output1!.AsArray();
            Assert.Equal(pageRows[page], rows.Count);
            Assert.Equal(trConts[page], reply.Paging!.TrCont);
            Assert.Single(reply.Output2!.AsArray());
            seen.AddRange(rows.Select(r => r!["pdno"]!.GetValue<string>()));
            nk = reply.Paging.Nk100;
        }

        Assert.Equal(holdings, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData(false, 120, new[] { 100, 20 })]
    [InlineData(true, 31, new[] { 15, 15, 1 })]
    public void DailyCcld_ManyOrders_PagesAtTheProfilesPageSizeNewestFirst(bool paper, int orders, int[] pageRows)
    {
        var h = new BookHarness(startingCash: 1_000_000_000m);
        for (var i = 0; i < orders; i++)
        {
            Assert.True(h.Buy(Morning, "1", "9000", paper: paper).Accepted);
        }

        var handlers = new InquiryHandlers(h.Book, Options.Create(h.Options));
        var account = paper ? h.Paper : h.Real;
        var nk = string.Empty;
        var seen = new List<string>();
        for (var page = 0; page < pageRows.Length; page++)
        {
            var call = new TradingCall(account, paper ? "VTTC0081R" : "TTTC0081R", page == 0 ? string.Empty : "N", Morning);
            var reply = handlers.DailyCcld(call, CcldQuery(account, nk));
            Assert.Equal(pageRows[page], reply.Output1!.AsArray().Count);
            Assert.Equal(page < pageRows.Length - 1, reply.Paging!.HasMore);
            seen.AddRange(reply.Output1.AsArray().Select(r => r!["odno"]!.GetValue<string>()));
            nk = reply.Paging.Nk100;
            Assert.Equal(orders.ToString(CultureInfo.InvariantCulture), reply.Output2!["tot_ord_qty"]!.GetValue<string>());
        }

        Assert.Equal(orders, seen.Distinct().Count());
        Assert.Equal(seen.OrderDescending(StringComparer.Ordinal), seen);
    }

    [Fact]
    public void DailyCcld_Filters_SideFilledUnfilledAndForwardOrder()
    {
        var h = new BookHarness();
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(9, 0), [(10_000m, 5)], [(9_990m, 100)]);
        var filled = h.Buy(Morning, "5", "10000");
        var open = h.Buy(Morning, "5", "9000");
        var sold = h.Sell(Morning, "5", "9990");
        var handlers = new InquiryHandlers(h.Book, Options.Create(h.Options));
        var call = new TradingCall(h.Real, "TTTC0081R", string.Empty, Morning);
        string[] Odnos(TradingReply reply) => [.. reply.Output1!.AsArray().Select(r => r!["odno"]!.GetValue<string>())];

        Assert.Equal([filled.OrderNo, open.OrderNo, sold.OrderNo], Odnos(handlers.DailyCcld(call, CcldQuery(h.Real, order: "01"))));
        Assert.Equal([sold.OrderNo, filled.OrderNo], Odnos(handlers.DailyCcld(call, CcldQuery(h.Real, filled: "01"))));
        Assert.Equal([open.OrderNo], Odnos(handlers.DailyCcld(call, CcldQuery(h.Real, filled: "02"))));
        Assert.Equal([sold.OrderNo], Odnos(handlers.DailyCcld(call, CcldQuery(h.Real, side: "01"))));
        Assert.Equal([open.OrderNo, filled.OrderNo], Odnos(handlers.DailyCcld(call, CcldQuery(h.Real, side: "02"))));
    }

    [Fact]
    public void DailyCcld_Row_HasEveryFieldAsAString()
    {
        var h = new BookHarness();
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(9, 0), [(10_000m, 3)], [(9_990m, 100)]);
        var order = h.Buy(Morning, "5", "10000");
        var handlers = new InquiryHandlers(h.Book, Options.Create(h.Options));
        var reply = handlers.DailyCcld(new TradingCall(h.Real, "TTTC0081R", string.Empty, Morning), CcldQuery(h.Real));
        var row = Assert.Single(reply.Output1!.AsArray())!.AsObject();

        Assert.NotEmpty(row);
        Assert.All(row, p => Assert.Equal(System.Text.Json.JsonValueKind.String, p.Value!.GetValueKind()));
        Assert.Equal(36, row.Count);
        Assert.Equal(
            ("20261123", order.OrderNo, "02", "현금매수", "005930", "5", "10000", "100000", "3", "10000", "30000", "2", "N", "06010"),
            (row["ord_dt"]!.GetValue<string>(), row["odno"]!.GetValue<string>(), row["sll_buy_dvsn_cd"]!.GetValue<string>(),
             row["sll_buy_dvsn_cd_name"]!.GetValue<string>(), row["pdno"]!.GetValue<string>(), row["ord_qty"]!.GetValue<string>(),
             row["ord_unpr"]!.GetValue<string>(), row["ord_tmd"]!.GetValue<string>(), row["tot_ccld_qty"]!.GetValue<string>(),
             row["avg_prvs"]!.GetValue<string>(), row["tot_ccld_amt"]!.GetValue<string>(), row["rmn_qty"]!.GetValue<string>(),
             row["cncl_yn"]!.GetValue<string>(), row["ord_gno_brno"]!.GetValue<string>()));
    }

    [Fact]
    public void Balance_Summary_EvaluatesAtTheLastPrice()
    {
        var (h, handlers) = WithHoldings(2, paper: false);
        h.Market.SetLastPrice("100001", 11_000m);
        var reply = handlers.Balance(Call(h, false), BalanceQuery(h.Real));
        var first = reply.Output1!.AsArray()[0]!.AsObject();
        var summary = reply.Output2!.AsArray()[0]!.AsObject();

        // 1 share bought at 10,000 now 11,000: +1,000 (+10.00%); the other stays at its 10,000 base.
        Assert.Equal(("11000", "1000", "10.00", "10000.0000", "1000"), (first["evlu_amt"]!.GetValue<string>(), first["evlu_pfls_amt"]!.GetValue<string>(),
            first["evlu_pfls_rt"]!.GetValue<string>(), first["pchs_avg_pric"]!.GetValue<string>(), first["bfdy_cprs_icdc"]!.GetValue<string>()));
        // Cash after settlement: 1,000,000,000 − 2 × (10,000 + floor(1.5) = 1) = 999,979,998; evaluation 21,000.
        Assert.Equal(("999979998", "21000", "1000000998", "20000", "1000"), (summary["prvs_rcdl_excc_amt"]!.GetValue<string>(),
            summary["scts_evlu_amt"]!.GetValue<string>(), summary["tot_evlu_amt"]!.GetValue<string>(), summary["pchs_amt_smtl_amt"]!.GetValue<string>(),
            summary["evlu_pfls_smtl_amt"]!.GetValue<string>()));
        Assert.Equal(26, first.Count);
        Assert.Equal(24, summary.Count);
    }

    [Fact]
    public void Handlers_WrongAccountMissingKeyOrNonStringValue_RejectedLikeKis()
    {
        var h = new BookHarness();
        var inquiry = new InquiryHandlers(h.Book, Options.Create(h.Options));
        var other = h.Real with { Cano = "59999999" };
        Assert.Equal("OPSQ2000", inquiry.Balance(Call(h, false), BalanceQuery(other)).Error!.MsgCd);
        var missing = Query(("CANO", h.Real.Cano), ("ACNT_PRDT_CD", "01"));
        var error = inquiry.Balance(Call(h, false), missing).Error!;
        Assert.Equal(("OPSQ2001", "ERROR INPUT FIELD NOT FOUND [AFHR_FLPR_YN]"), (error.MsgCd, error.Msg1));

        var orders = new OrderHandlers(h.Book, new KisTrader.Kis.Simulator.Trading.NullTradingMetrics());
        var call = new TradingCall(h.Real, "TTTC0012U", string.Empty, Morning);
        var lowerCase = KisInput.FromJson("""{"cano":"50000001","acnt_prdt_cd":"01","pdno":"005930","ord_dvsn":"00","ord_qty":"1","ord_unpr":"10000"}""");
        Assert.Equal("ERROR INPUT FIELD NOT FOUND [CANO]", orders.OrderCash(call, lowerCase).Error!.Msg1);
        var numeric = KisInput.FromJson("""{"CANO":"50000001","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"00","ORD_QTY":1,"ORD_UNPR":"10000"}""");
        Assert.Equal("OPSQ2002", orders.OrderCash(call, numeric).Error!.MsgCd);
        var ok = KisInput.FromJson("""{"CANO":"50000001","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"00","ORD_QTY":"1","ORD_UNPR":"10000"}""");
        var reply = orders.OrderCash(call, ok);
        Assert.Null(reply.Error);
        Assert.Equal(["KRX_FWDG_ORD_ORGNO", "ODNO", "ORD_TMD"], reply.Output!.AsObject().Select(p => p.Key));
        Assert.Equal(("06010", "0000000001", "100000"), (reply.Output["KRX_FWDG_ORD_ORGNO"]!.GetValue<string>(), reply.Output["ODNO"]!.GetValue<string>(), reply.Output["ORD_TMD"]!.GetValue<string>()));
    }

    [Fact]
    public void PsblRvsecncl_OpenOrders_ListedWithTheirModifiableQuantity()
    {
        var h = new BookHarness();
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(9, 0), [(10_000m, 3)], [(9_990m, 100)]);
        var partly = h.Buy(Morning, "5", "10000");
        var handlers = new InquiryHandlers(h.Book, Options.Create(h.Options));
        var query = Query(("CANO", h.Real.Cano), ("ACNT_PRDT_CD", "01"), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", ""), ("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0"));
        var reply = handlers.PsblRvsecncl(new TradingCall(h.Real, "TTTC0084R", string.Empty, Morning), query);
        var row = Assert.Single(reply.Output!.AsArray())!.AsObject();
        Assert.Equal((partly.OrderNo, "2", "3", "30000"), (row["odno"]!.GetValue<string>(), row["psbl_qty"]!.GetValue<string>(), row["tot_ccld_qty"]!.GetValue<string>(), row["tot_ccld_amt"]!.GetValue<string>()));
        Assert.Equal("D", reply.Paging!.TrCont);
        Assert.IsType<JsonObject>(row);
    }
}
