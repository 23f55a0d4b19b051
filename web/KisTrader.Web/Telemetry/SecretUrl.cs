namespace KisTrader.Web.Telemetry;

/// <summary>
/// Marks an outgoing request whose URL holds a secret (a Telegram bot token, a webhook's token path): the HTTP
/// instrumentation records no span for it (a span's <c>url.full</c> would carry the secret to the trace backend).
/// </summary>
internal static class SecretUrl
{
    public static readonly HttpRequestOptionsKey<bool> Key = new("KisTrader.SecretUrl");

    public static void Mark(HttpRequestMessage request) => request.Options.Set(Key, true);

    public static bool IsMarked(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var marked) && marked;
}
