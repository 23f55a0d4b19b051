using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// KIS response bodies (kis-api.md §2.6): success <c>{ [ctx_area_*], "output" | "output1","output2", "rt_cd":"0",
/// "msg_cd", "msg1" }</c>, business errors <c>{"rt_cd":"1","msg_cd","msg1"}</c> (HTTP 500 by default,
/// <see cref="GatewayOptions.BusinessErrorStatus"/>), oauth2 errors <c>{"error_description","error_code"}</c> (HTTP 403),
/// and the tr_cont response header of paged answers (F/M more data, D/E last page). All values are strings.
/// </summary>
internal static class KisEnvelope
{
    /// <summary>Success code of queries (observed).</summary>
    public const string QueryOkCode = "MCA00000";

    public const string QueryOkMessage = "정상처리 되었습니다.";

    /// <summary>Success code of orders on a real account (observed).</summary>
    public const string OrderOkCode = "APBK0013";

    public const string OrderOkMessage = "주문 전송 완료 되었습니다.";

    /// <summary>Korean text unescaped, as KIS sends it.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Success with one <c>output</c> (object or array).</summary>
    public static JsonObject Success(JsonNode output, string msgCd = QueryOkCode, string msg1 = QueryOkMessage) =>
        Finish(new JsonObject { ["output"] = output }, msgCd, msg1);

    /// <summary>Success with <c>output1</c> and <c>output2</c>.</summary>
    public static JsonObject Success(JsonNode output1, JsonNode output2, string msgCd = QueryOkCode, string msg1 = QueryOkMessage) =>
        Finish(new JsonObject { ["output1"] = output1, ["output2"] = output2 }, msgCd, msg1);

    /// <summary>
    /// Success of a paged list: <c>ctx_area_fk{suffix}</c>/<c>ctx_area_nk{suffix}</c> first (suffix "100", "200" or "" as
    /// the API names them), then the outputs.
    /// </summary>
    public static JsonObject Paged(string fk, string nk, JsonNode output1, JsonNode? output2, string suffix = "100", string msgCd = QueryOkCode, string msg1 = QueryOkMessage)
    {
        var body = new JsonObject { ["ctx_area_fk" + suffix] = fk, ["ctx_area_nk" + suffix] = nk };
        if (output2 is null)
        {
            body["output"] = output1;
        }
        else
        {
            body["output1"] = output1;
            body["output2"] = output2;
        }

        return Finish(body, msgCd, msg1);
    }

    /// <summary>A business error body.</summary>
    public static JsonObject Error(string msgCd, string msg1) => new() { ["rt_cd"] = "1", ["msg_cd"] = msgCd, ["msg1"] = msg1 };

    /// <summary>The tr_cont response header: more data → F (first call) / M (continuation); last page → D / E.</summary>
    public static string TrCont(bool hasMore, bool continuation) => (hasMore, continuation) switch
    {
        (true, false) => "F",
        (true, true) => "M",
        (false, false) => "D",
        _ => "E",
    };

    /// <summary>An <see cref="IResult"/> writing <paramref name="body"/> with the KIS content type and optional tr_cont.</summary>
    public static IResult Result(JsonObject body, int status = StatusCodes.Status200OK, string? trCont = null) => new EnvelopeResult(body, status, trCont);

    /// <summary>Writes a business error (rt_cd "1") with <paramref name="status"/>.</summary>
    public static Task WriteErrorAsync(HttpContext context, KisCode code, int status) =>
        WriteAsync(context, Error(code.Code, code.Message), status, null);

    /// <summary>Writes an oauth2 endpoint error: HTTP 403 <c>{"error_description","error_code"}</c> (kis-api.md §2.1).</summary>
    public static Task WriteOAuthErrorAsync(HttpContext context, KisCode code) =>
        WriteAsync(context, new JsonObject { ["error_description"] = code.Message, ["error_code"] = code.Code }, StatusCodes.Status403Forbidden, null);

    public static async Task WriteAsync(HttpContext context, JsonNode body, int status, string? trCont)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = KisResponseHeaders.ContentType;
        if (trCont is not null)
        {
            response.Headers["tr_cont"] = trCont;
        }

        await response.WriteAsync(body.ToJsonString(JsonOptions), context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Finish(JsonObject body, string msgCd, string msg1)
    {
        body["rt_cd"] = "0";
        body["msg_cd"] = msgCd;
        body["msg1"] = msg1;
        return body;
    }

    private sealed class EnvelopeResult(JsonObject body, int status, string? trCont) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, body, status, trCont);
    }
}
