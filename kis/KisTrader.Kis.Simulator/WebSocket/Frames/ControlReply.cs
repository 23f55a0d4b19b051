using System.Text;
using System.Text.Json;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// Control replies (kis-api.md §5.2): <c>{"header":{"tr_id","tr_key","encrypt"},"body":{"rt_cd","msg_cd","msg1"[,"output":{"iv","key"}]}}</c>
/// and the PINGPONG heartbeat <c>{"header":{"tr_id":"PINGPONG","datetime":"YYYYMMDDHHMMSS"}}</c>.
/// </summary>
internal static class ControlReply
{
    /// <summary>header.tr_id when the request could not be attributed to a TR (KIS writes "(null)").</summary>
    public const string NullTrId = "(null)";

    public static string Subscribed(string trId, string trKey, bool encrypted, string iv, string key) =>
        Write(trId, trKey, encrypted, "0", "OPSP0000", "SUBSCRIBE SUCCESS", (iv, key));

    public static string Unsubscribed(string trId, string trKey, bool encrypted) =>
        Write(trId, trKey, encrypted, "0", "OPSP0001", "UNSUBSCRIBE SUCCESS", null);

    public static string AlreadySubscribed(string trId, string trKey, bool encrypted) =>
        Write(trId, trKey, encrypted, "1", "OPSP0002", "ALREADY IN SUBSCRIBE", null);

    public static string NotSubscribed(string trId, string trKey, bool encrypted) =>
        Write(trId, trKey, encrypted, "1", "OPSP0003", "UNSUBSCRIBE ERROR(not found!)", null);

    public static string MaxSubscriptions(string trId, string trKey, bool encrypted) =>
        Write(trId, trKey, encrypted, "1", "OPSP0008", "MAX SUBSCRIBE OVER", null);

    public static string InvalidApproval(string trId, string trKey) =>
        Write(trId, trKey, false, "1", "OPSP0011", "invalid approval : NOT FOUND", null);

    public static string InvalidTrId(string trId, string trKey) =>
        Write(trId, trKey, false, "1", "OPSP8991", "invalid tr_id", null);

    public static string InvalidTrKey(string trId, string trKey) =>
        Write(trId, trKey, false, "1", "OPSP8992", "invalid tr_key", null);

    public static string AppKeyInUse() => Write(NullTrId, string.Empty, false, "9", "OPSP8996", "ALREADY IN USE appkey", null);

    public static string JsonParsingError() => Write(NullTrId, string.Empty, false, "9", "OPSP9999", "JSON PARSING ERROR : invalid json format", null);

    public static string PingPong(string yyyymmddhhmmss)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("header");
            json.WriteString("tr_id", "PINGPONG");
            json.WriteString("datetime", yyyymmddhhmmss);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Write(string trId, string trKey, bool encrypted, string rtCd, string msgCd, string msg1, (string Iv, string Key)? output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("header");
            json.WriteString("tr_id", trId);
            json.WriteString("tr_key", trKey);
            json.WriteString("encrypt", encrypted ? "Y" : "N");
            json.WriteEndObject();
            json.WriteStartObject("body");
            json.WriteString("rt_cd", rtCd);
            json.WriteString("msg_cd", msgCd);
            json.WriteString("msg1", msg1);
            if (output is { } secrets)
            {
                json.WriteStartObject("output");
                json.WriteString("iv", secrets.Iv);
                json.WriteString("key", secrets.Key);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
