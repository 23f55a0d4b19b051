using System.Globalization;
using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>inquire-balance, inquire-daily-ccld, inquire-psbl-order, inquire-psbl-rvsecncl (kis-api.md §4.10–§4.13).</summary>
internal sealed class InquiryHandlers(TradingBook book, IOptions<SimTradingOptions> options)
{
    public static readonly string[] BalanceReal = ["TTTC8434R"];
    public static readonly string[] BalancePaper = ["VTTC8434R"];
    public static readonly string[] DailyCcldReal = ["TTTC0081R", "CTSC9215R", "TTTC8001R", "CTSC9115R"];
    public static readonly string[] DailyCcldPaper = ["VTTC0081R", "VTSC9215R", "VTTC8001R", "VTSC9115R"];
    public static readonly string[] PsblOrderReal = ["TTTC8908R"];
    public static readonly string[] PsblOrderPaper = ["VTTC8908R"];
    public static readonly string[] PsblRvsecnclReal = ["TTTC0084R", "TTTC8036R"];

    private readonly SimTradingOptions _options = options.Value;

    public TradingReply Balance(TradingCall call, KisInput input)
    {
        var error = input.Check("CANO", "ACNT_PRDT_CD", "AFHR_FLPR_YN", "OFL_YN", "INQR_DVSN", "UNPR_DVSN", "FUND_STTL_ICLD_YN",
            "FNCG_AMT_AUTO_RDPT_YN", "PRCS_DVSN", "CTX_AREA_FK100", "CTX_AREA_NK100") ?? OrderHandlers.AccountCheck(call, input);
        if (error is not null)
        {
            return TradingReply.Fail(error);
        }

        var view = book.Balance(call.Account, string.Equals(input["AFHR_FLPR_YN"], "Y", StringComparison.OrdinalIgnoreCase), call.Now);
        var pageSize = call.IsPaper ? _options.BalancePageSizePaper : _options.BalancePageSizeReal;
        var (page, hasMore, next) = Pager.Take(view.Rows, r => r.Code, descending: false, input.Raw("CTX_AREA_NK100"), pageSize);
        var output1 = new JsonArray([.. page.Select(AccountJson.Holding)]);
        var output2 = new JsonArray(AccountJson.BalanceSummary(view));
        return TradingReply.Split(output1, output2, new TradingPaging(hasMore, call.IsContinuation, Fk(call), next));
    }

    public TradingReply DailyCcld(TradingCall call, KisInput input)
    {
        var error = input.Check("CANO", "ACNT_PRDT_CD", "INQR_STRT_DT", "INQR_END_DT", "SLL_BUY_DVSN_CD", "INQR_DVSN", "PDNO", "CCLD_DVSN",
            "ORD_GNO_BRNO", "ODNO", "INQR_DVSN_3", "INQR_DVSN_1", "CTX_AREA_FK100", "CTX_AREA_NK100") ?? OrderHandlers.AccountCheck(call, input);
        if (error is null && (!TryDate(input["INQR_STRT_DT"], out _) || !TryDate(input["INQR_END_DT"], out _)))
        {
            error = TradingMessages.FieldLength;
        }

        if (error is not null)
        {
            return TradingReply.Fail(error);
        }

        TryDate(input["INQR_STRT_DT"], out var from);
        TryDate(input["INQR_END_DT"], out var to);
        var side = input["SLL_BUY_DVSN_CD"];
        var code = input["PDNO"];
        var orderNo = input["ODNO"];
        var filled = input["CCLD_DVSN"];
        var rows = book.Orders(call.Account, from, to, call.Now)
            .Where(r => side is not ("01" or "02") || r.Side.Code() == side)
            .Where(r => code.Length == 0 || r.Code == code)
            .Where(r => orderNo.Length == 0 || r.OrderNo == orderNo)
            .Where(r => filled switch { "01" => r.FilledQuantity > 0, "02" => r.RemainingQuantity > 0, _ => true })
            .ToList();
        var descending = input["INQR_DVSN"] != "01";
        var ordered = (descending ? rows.OrderByDescending(CcldKey, StringComparer.Ordinal) : rows.OrderBy(CcldKey, StringComparer.Ordinal)).ToList();
        var pageSize = call.IsPaper ? _options.DailyCcldPageSizePaper : _options.DailyCcldPageSizeReal;
        var (page, hasMore, next) = Pager.Take(ordered, CcldKey, descending, input.Raw("CTX_AREA_NK100"), pageSize);
        var output1 = new JsonArray([.. page.Select(AccountJson.DailyOrder)]);
        return TradingReply.Split(output1, AccountJson.DailyTotals(rows), new TradingPaging(hasMore, call.IsContinuation, Fk(call), next));
    }

    public TradingReply PsblOrder(TradingCall call, KisInput input)
    {
        var error = input.Check("CANO", "ACNT_PRDT_CD", "PDNO", "ORD_UNPR", "ORD_DVSN", "CMA_EVLU_AMT_ICLD_YN", "OVRS_ICLD_YN")
            ?? OrderHandlers.AccountCheck(call, input);
        if (error is not null)
        {
            return TradingReply.Fail(error);
        }

        var view = book.BuyingPower(call.Account, input["PDNO"], input["ORD_DVSN"], input["ORD_UNPR"], call.Now);
        return TradingReply.Single(null, AccountJson.BuyingPower(view));
    }

    public TradingReply PsblRvsecncl(TradingCall call, KisInput input)
    {
        var error = input.Check("CANO", "ACNT_PRDT_CD", "CTX_AREA_FK100", "CTX_AREA_NK100", "INQR_DVSN_1", "INQR_DVSN_2")
            ?? OrderHandlers.AccountCheck(call, input);
        if (error is not null)
        {
            return TradingReply.Fail(error);
        }

        var side = input["INQR_DVSN_2"];
        var byCode = input["INQR_DVSN_1"] == "1";
        Func<OrderRow, string> key = byCode ? r => r.Code + r.OrderNo : r => r.OrderNo;
        var rows = book.CancelableOrders(call.Account, call.Now)
            .Where(r => side switch { "1" => r.Side == OrderSide.Sell, "2" => r.Side == OrderSide.Buy, _ => true })
            .OrderBy(key, StringComparer.Ordinal)
            .ToList();
        var (page, hasMore, next) = Pager.Take(rows, key, descending: false, input.Raw("CTX_AREA_NK100"), _options.PsblRvsecnclPageSize);
        return TradingReply.List(new JsonArray([.. page.Select(AccountJson.Cancelable)]), new TradingPaging(hasMore, call.IsContinuation, Fk(call), next));
    }

    private static string CcldKey(OrderRow row) => Kst.Yyyymmdd(row.Date) + row.OrderNo;

    private static string Fk(TradingCall call) => $"{call.Account.Cano}^{call.Account.ProductCode}^";

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
