using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>Paging of a list reply: whether more rows follow and the context to send back.</summary>
/// <param name="HasMore">More rows follow (response tr_cont F/M), otherwise the last page (D/E).</param>
/// <param name="Continuation">The request was a continuation (tr_cont "N"): more → M, last → E; else F / D.</param>
/// <param name="Fk100">ctx_area_fk100.</param>
/// <param name="Nk100">ctx_area_nk100.</param>
internal sealed record TradingPaging(bool HasMore, bool Continuation, string Fk100, string Nk100)
{
    /// <summary>Response header tr_cont.</summary>
    public string TrCont => (HasMore, Continuation) switch
    {
        (true, false) => "F",
        (true, true) => "M",
        (false, false) => "D",
        _ => "E",
    };
}

/// <summary>
/// A trading endpoint's answer before the envelope: a business error (rt_cd "1"), or success with msg_cd/msg1 and
/// <c>output</c> or <c>output1</c>/<c>output2</c>, and paging for list queries.
/// </summary>
internal sealed record TradingReply(KisRejection? Error, KisRejection? Message, JsonNode? Output, JsonNode? Output1, JsonNode? Output2, TradingPaging? Paging)
{
    public static TradingReply Fail(KisRejection error) => new(error, null, null, null, null, null);

    public static TradingReply Single(KisRejection? message, JsonNode output) => new(null, message, output, null, null, null);

    public static TradingReply List(JsonNode output, TradingPaging paging) => new(null, null, output, null, null, paging);

    public static TradingReply Split(JsonNode output1, JsonNode output2, TradingPaging paging) => new(null, null, null, output1, output2, paging);
}
