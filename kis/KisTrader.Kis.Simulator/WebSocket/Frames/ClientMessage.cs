using System.Text.Json;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>What a client text message is.</summary>
internal enum ClientMessageKind
{
    /// <summary>tr_type "1".</summary>
    Subscribe,

    /// <summary>tr_type "2" (some samples document "0"; both release).</summary>
    Unsubscribe,

    /// <summary>A PINGPONG echoed back as text (PYKIS).</summary>
    PingEcho,

    /// <summary>Not JSON, or not a KIS message.</summary>
    Invalid,
}

/// <summary>A parsed client message (kis-api.md §5.1).</summary>
internal sealed record ClientMessage(ClientMessageKind Kind, string ApprovalKey, string TrId, string TrKey)
{
    private static readonly ClientMessage InvalidMessage = new(ClientMessageKind.Invalid, string.Empty, string.Empty, string.Empty);

    public static ClientMessage Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryGet(root, "header", out var header) || header.ValueKind != JsonValueKind.Object)
            {
                return InvalidMessage;
            }

            if (string.Equals(Text(header, "tr_id"), "PINGPONG", StringComparison.Ordinal))
            {
                return new ClientMessage(ClientMessageKind.PingEcho, string.Empty, "PINGPONG", string.Empty);
            }

            var input = TryGet(root, "body", out var body) && TryGet(body, "input", out var found) ? found : default;
            var trType = Text(header, "tr_type");
            var kind = trType switch
            {
                "1" => ClientMessageKind.Subscribe,
                "2" or "0" => ClientMessageKind.Unsubscribe,
                _ => ClientMessageKind.Invalid,
            };
            return input.ValueKind != JsonValueKind.Object
                ? InvalidMessage
                : new ClientMessage(kind, Text(header, "approval_key"), Text(input, "tr_id"), Text(input, "tr_key"));
        }
        catch (JsonException)
        {
            return InvalidMessage;
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string Text(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
