using System.Text.Json;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// Writes a <see cref="QuotationReply"/> as a KIS body with Utf8JsonWriter (no reflection, no intermediate objects):
/// success = outputs, then rt_cd "0" / msg_cd MCA00000 / msg1, then paging keys; business errors = rt_cd "1" with HTTP 500
/// (kis-api.md §2.6). Response headers: tr_id echoed, tr_cont when the reply pages.
/// </summary>
internal static class QuotationJson
{
    public const string SuccessCode = "MCA00000";
    public const string SuccessMessage = "정상처리 되었습니다.";

    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, QuotationReply reply, string trId)
    {
        var response = context.Response;
        response.StatusCode = reply.IsError ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        response.ContentType = Gateway.KisResponseHeaders.ContentType;
        response.Headers["tr_id"] = trId;
        if (reply.TrCont is { } trCont)
        {
            response.Headers["tr_cont"] = trCont;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        Write(buffer, reply);
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    public static byte[] ToBytes(QuotationReply reply)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        Write(buffer, reply);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(System.Buffers.IBufferWriter<byte> buffer, QuotationReply reply)
    {
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        if (reply.IsError)
        {
            json.WriteString("rt_cd", "1");
            json.WriteString("msg_cd", reply.ErrorCode);
            json.WriteString("msg1", reply.ErrorMessage);
            json.WriteEndObject();
            return;
        }

        foreach (var (key, value) in reply.Outputs)
        {
            json.WritePropertyName(key);
            switch (value)
            {
                case KisRow row:
                    WriteRow(json, row);
                    break;
                case IEnumerable<KisRow> rows:
                    json.WriteStartArray();
                    foreach (var r in rows)
                    {
                        WriteRow(json, r);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"Unsupported output value {value.GetType().Name} for '{key}'.");
            }
        }

        json.WriteString("rt_cd", "0");
        json.WriteString("msg_cd", SuccessCode);
        json.WriteString("msg1", SuccessMessage);
        foreach (var (key, value) in reply.Extra)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, KisRow row)
    {
        json.WriteStartObject();
        foreach (var (name, value) in row.Fields)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
    }
}
