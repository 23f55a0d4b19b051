using System.Net.Http.Headers;
using System.Text.Json;

namespace KisTrader.Kis.Simulator.Tests.Infrastructure;

/// <summary>A raw HTTP answer: status, the tr_cont header ("" when absent), the JSON body (Undefined when not JSON) and its text.</summary>
public sealed record KisResponse(int Status, string TrCont, JsonElement Body, string Text, HttpResponseHeaders Headers)
{
    /// <summary>A string property of the body ("" when missing).</summary>
    public string this[string name] => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;

    public string MsgCd => this["msg_cd"];

    public string RtCd => this["rt_cd"];

    public static async Task<KisResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body = default;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON (404 pages, empty bodies): Body stays Undefined.
        }

        var trCont = response.Headers.TryGetValues("tr_cont", out var values) ? string.Join(",", values) : string.Empty;
        return new KisResponse((int)response.StatusCode, trCont, body, text, response.Headers);
    }
}

/// <summary>Who calls: app key, secret, access token and custtype, sent as KIS headers.</summary>
public sealed record KisCaller(string AppKey, string AppSecret, string Token, string CustType = "P");
