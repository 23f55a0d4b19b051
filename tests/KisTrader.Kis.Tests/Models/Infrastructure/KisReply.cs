using System.Text.Json;

namespace KisTrader.Kis.Tests.Models.Infrastructure;

/// <summary>A successful KIS reply: status, response header tr_cont and the body.</summary>
public sealed record KisReply(int Status, string TrCont, JsonElement Body)
{
    public string RtCd => Body.GetProperty("rt_cd").GetString()!;

    public JsonElement this[string name] => Body.TryGetProperty(name, out var value) ? value : default;

    public string Text(string name) => Body.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
}
