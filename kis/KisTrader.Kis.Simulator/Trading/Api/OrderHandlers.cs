using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>order-cash and order-rvsecncl (kis-api.md §4.9, §4.10).</summary>
internal sealed class OrderHandlers(TradingBook book, ITradingMetrics metrics)
{
    /// <summary>Buy TR IDs (current and old, real and paper); every other order-cash TR ID sells.</summary>
    public static readonly IReadOnlySet<string> BuyTrIds = new HashSet<string>(StringComparer.Ordinal) { "TTTC0012U", "TTTC0802U", "VTTC0012U", "VTTC0802U" };

    public static readonly string[] OrderCashReal = ["TTTC0012U", "TTTC0011U", "TTTC0802U", "TTTC0801U"];
    public static readonly string[] OrderCashPaper = ["VTTC0012U", "VTTC0011U", "VTTC0802U", "VTTC0801U"];
    public static readonly string[] RvsecnclReal = ["TTTC0013U", "TTTC0803U"];
    public static readonly string[] RvsecnclPaper = ["VTTC0013U", "VTTC0803U"];

    public TradingReply OrderCash(TradingCall call, KisInput? input)
    {
        var error = input is null
            ? TradingMessages.FieldNotFound("CANO")
            : input.Check("CANO", "ACNT_PRDT_CD", "PDNO", "ORD_DVSN", "ORD_QTY", "ORD_UNPR") ?? AccountCheck(call, input);
        if (error is not null)
        {
            metrics.OrderRejected(error.MsgCd);
            return TradingReply.Fail(error);
        }

        var side = BuyTrIds.Contains(call.TrId) ? OrderSide.Buy : OrderSide.Sell;
        var outcome = book.PlaceCashOrder(call.Account, new CashOrderInput(side, input!["PDNO"], input["ORD_DVSN"], input["ORD_QTY"], input["ORD_UNPR"]), call.Now);
        if (!outcome.Accepted)
        {
            metrics.OrderRejected(outcome.Message.MsgCd);
            return TradingReply.Fail(outcome.Message);
        }

        metrics.OrderAccepted();
        return TradingReply.Single(outcome.Message, new JsonObject
        {
            ["KRX_FWDG_ORD_ORGNO"] = outcome.Branch,
            ["ODNO"] = outcome.OrderNo,
            ["ORD_TMD"] = outcome.OrderTime,
        });
    }

    public TradingReply OrderRvsecncl(TradingCall call, KisInput? input)
    {
        var error = input is null
            ? TradingMessages.FieldNotFound("CANO")
            : input.Check("CANO", "ACNT_PRDT_CD", "KRX_FWDG_ORD_ORGNO", "ORGN_ODNO", "ORD_DVSN", "RVSE_CNCL_DVSN_CD", "ORD_QTY", "ORD_UNPR", "QTY_ALL_ORD_YN")
                ?? AccountCheck(call, input);
        if (error is not null)
        {
            metrics.OrderRejected(error.MsgCd);
            return TradingReply.Fail(error);
        }

        var modify = new ModifyOrderInput(
            input!["ORGN_ODNO"], input["ORD_DVSN"], input["RVSE_CNCL_DVSN_CD"], input["ORD_QTY"], input["ORD_UNPR"], input["QTY_ALL_ORD_YN"]);
        var outcome = book.ModifyOrCancel(call.Account, modify, call.Now);
        if (!outcome.Accepted)
        {
            metrics.OrderRejected(outcome.Message.MsgCd);
            return TradingReply.Fail(outcome.Message);
        }

        metrics.OrderAccepted();
        return TradingReply.Single(outcome.Message, new JsonObject
        {
            ["krx_fwdg_ord_orgno"] = outcome.Branch,
            ["odno"] = outcome.OrderNo,
            ["ord_tmd"] = outcome.OrderTime,
        });
    }

    /// <summary>CANO and ACNT_PRDT_CD must be the app key's account (OPSQ2000 INVALID_CHECK_ACNO otherwise).</summary>
    public static KisRejection? AccountCheck(TradingCall call, KisInput input) =>
        string.Equals(input["CANO"], call.Account.Cano, StringComparison.Ordinal)
        && string.Equals(input["ACNT_PRDT_CD"], call.Account.ProductCode, StringComparison.Ordinal)
            ? null
            : TradingMessages.AccountMismatch;
}
