using System.Text.Json;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// A parsed JSON control message: <c>{"header":{"tr_id","tr_key","encrypt"},"body":{"rt_cd","msg_cd","msg1","output":{"iv","key"}}}</c>
/// or the PINGPONG heartbeat. <see cref="ToString"/> leaves out the AES key and IV.
/// </summary>
public sealed record ControlReply(string TrId, string TrKey, string RtCd, string MsgCd, string Msg1, bool Encrypted)
{
    /// <summary>AES key of an encrypted TR (subscribe success only).</summary>
    internal string? AesKey { get; init; }

    /// <summary>AES IV of an encrypted TR (subscribe success only).</summary>
    internal string? AesIv { get; init; }

    /// <summary>The heartbeat <c>{"header":{"tr_id":"PINGPONG",…}}</c>.</summary>
    public bool IsPingPong => TrId == "PINGPONG";

    public ControlReplyKind Kind => MsgCd switch
    {
        KisWebSocketCodes.Subscribed => ControlReplyKind.Subscribed,
        KisWebSocketCodes.Unsubscribed => ControlReplyKind.Unsubscribed,
        KisWebSocketCodes.AlreadySubscribed => ControlReplyKind.AlreadySubscribed,
        KisWebSocketCodes.NotSubscribed => ControlReplyKind.NotSubscribed,
        KisWebSocketCodes.MaxSubscriptions => ControlReplyKind.MaxSubscriptions,
        KisWebSocketCodes.InvalidApprovalKey => ControlReplyKind.InvalidApprovalKey,
        KisWebSocketCodes.AppKeyInUse => ControlReplyKind.AppKeyInUse,
        _ when RtCd == "0" => ControlReplyKind.OtherSuccess,
        _ when MsgCd.Length == 0 && Msg1.StartsWith("SUBSCRIBE SUCCESS", StringComparison.OrdinalIgnoreCase) => ControlReplyKind.Subscribed,
        _ => ControlReplyKind.Error,
    };

    /// <summary>Registered (new or already): the only outcomes that leave a registration in place.</summary>
    public bool IsRegistered => Kind is ControlReplyKind.Subscribed or ControlReplyKind.AlreadySubscribed or ControlReplyKind.OtherSuccess;

    /// <summary>Parses a JSON text message; null when it is not a KIS control message.</summary>
    public static ControlReply? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("header", out var header) || header.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var body = root.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
            var output = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("output", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
            return new ControlReply(
                Text(header, "tr_id"),
                Text(header, "tr_key"),
                Text(body, "rt_cd"),
                Text(body, "msg_cd"),
                Text(body, "msg1"),
                string.Equals(Text(header, "encrypt"), "Y", StringComparison.OrdinalIgnoreCase))
            {
                AesKey = output.ValueKind == JsonValueKind.Object ? Text(output, "key") : null,
                AesIv = output.ValueKind == JsonValueKind.Object ? Text(output, "iv") : null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Number => value.GetRawText(),
                _ => string.Empty,
            }
            : string.Empty;
}
