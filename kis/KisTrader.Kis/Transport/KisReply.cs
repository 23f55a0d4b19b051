using System.Text.Json;

namespace KisTrader.Kis.Transport;

/// <summary>A successful KIS answer (<c>rt_cd</c> "0"): the body, the tr_cont header and the message.</summary>
internal sealed record KisReply(JsonElement Body, string TrCont, string MsgCd, string Msg1)
{
    /// <summary>tr_cont F or M: more pages follow (kis-api.md §2.6).</summary>
    public bool HasMore => TrCont is "F" or "M";

    /// <summary>A body property (Undefined when missing).</summary>
    public JsonElement this[string name] =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value : default;

    /// <summary>Without the body: replies can carry account data, and records print every member by default.</summary>
    public override string ToString() => $"KisReply {{ MsgCd = {MsgCd}, Msg1 = {Msg1}, TrCont = {TrCont} }}";

    /// <summary>A string body property, "" when missing (paging keys ctx_area_*).</summary>
    public string Text(string name)
    {
        var value = this[name];
        return value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
    }
}
