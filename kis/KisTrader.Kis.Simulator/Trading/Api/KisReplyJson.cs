using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>
/// The KIS body of a trading reply: success <c>{"ctx_area_fk100","ctx_area_nk100","output"|"output1","output2","rt_cd":"0","msg_cd","msg1"}</c>
/// or a business error <c>{"rt_cd":"1","msg_cd","msg1"}</c>. Query messages default to KIOK0510/KIOK0500 (paper 20310000).
/// </summary>
internal static class KisReplyJson
{
    public static JsonObject Body(TradingReply reply, bool paper)
    {
        if (reply.Error is { } error)
        {
            return new JsonObject { ["rt_cd"] = "1", ["msg_cd"] = error.MsgCd, ["msg1"] = error.Msg1 };
        }

        var body = new JsonObject();
        if (reply.Paging is { } paging)
        {
            body["ctx_area_fk100"] = paging.Fk100;
            body["ctx_area_nk100"] = paging.Nk100;
        }

        if (reply.Output is not null)
        {
            body["output"] = reply.Output.DeepClone();
        }

        if (reply.Output1 is not null)
        {
            body["output1"] = reply.Output1.DeepClone();
        }

        if (reply.Output2 is not null)
        {
            body["output2"] = reply.Output2.DeepClone();
        }

        var message = reply.Message ?? TradingMessages.QueryDone(paper, reply.Paging?.HasMore == true);
        body["rt_cd"] = "0";
        body["msg_cd"] = message.MsgCd;
        body["msg1"] = message.Msg1;
        return body;
    }
}
