using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.Transport;

namespace KisTrader.Kis.Auth;

/// <summary>The oauth2 calls of one key: tokenP (access token), Approval (WebSocket approval key) and hashkey.</summary>
internal sealed class KisOAuthClient(HttpClient http, KisCredentials credentials, KisOptions options, TimeProvider clock, TimeProvider transportClock)
{

    public KisCredentials Credentials => credentials;

    /// <summary>
    /// POST /oauth2/tokenP. The expiry is the broker's <c>access_token_token_expired</c> (KST) when it is present and
    /// consistent with our clock (later than now, and not later than now + <c>expires_in</c>): a token the broker hands out
    /// again within its 6-hour reuse window keeps its first expiry, which only that field tells. Otherwise it is now +
    /// <c>expires_in</c> on our clock — a broker clock far from ours (a field already in our past) cannot make the token
    /// look expired the moment it arrives and cause an issuance per call.
    /// </summary>
    public async Task<KisStoredToken> IssueTokenAsync(CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["appkey"] = credentials.AppKey,
            ["appsecret"] = credentials.AppSecret,
        };
        using var document = await PostAsync("/oauth2/tokenP", "tokenP", body, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        var token = Text(root, "access_token");
        if (string.IsNullOrEmpty(token))
        {
            throw new KisAuthenticationException("(missing)", "tokenP answered without access_token", "tokenP", 200);
        }

        var now = clock.GetUtcNow();
        DateTimeOffset? relative = root.TryGetProperty("expires_in", out var seconds) && TryLong(seconds, out var s) && s > 0 ? now.AddSeconds(s) : null;
        DateTimeOffset? broker = DateTime.TryParseExact(Text(root, "access_token_token_expired"), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var kst)
            ? Models.KisTime.ToInstant(kst)
            : null;
        return new KisStoredToken(token, now, Expiry(now, broker, relative));
    }

    /// <summary>The expiry rule of <see cref="IssueTokenAsync"/>: the broker's instant when consistent with our clock, else now + expires_in.</summary>
    internal static DateTimeOffset Expiry(DateTimeOffset now, DateTimeOffset? broker, DateTimeOffset? relative) =>
        broker is { } b && b > now && (relative is not { } r || b <= r) ? b
        : relative ?? now.AddHours(23);

    /// <summary>POST /oauth2/Approval (the secret goes as <c>secretkey</c>, kis-api.md §2.3).</summary>
    public async Task<string> IssueApprovalKeyAsync(CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["appkey"] = credentials.AppKey,
            ["secretkey"] = credentials.AppSecret,
        };
        using var document = await PostAsync("/oauth2/Approval", "Approval", body, cancellationToken).ConfigureAwait(false);
        var key = Text(document.RootElement, "approval_key");
        return string.IsNullOrEmpty(key)
            ? throw new KisAuthenticationException("(missing)", "Approval answered without approval_key", "Approval", 200)
            : key;
    }

    /// <summary>POST /uapi/hashkey with the exact body bytes of the order; returns HASH.</summary>
    public async Task<string> HashKeyAsync(byte[] orderBody, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(credentials.RestBaseUrl, "/uapi/hashkey"));
        request.Content = new ByteArrayContent(orderBody);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("appkey", credentials.AppKey);
        request.Headers.TryAddWithoutValidation("appsecret", credentials.AppSecret);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        using var timeout = new CancellationTokenSource(options.Resilience.QueryTimeout, transportClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new KisAuthenticationException("(timeout)", $"hashkey timed out after {options.Resilience.QueryTimeout}", "hashkey", 0, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new KisAuthenticationException("(network)", $"hashkey failed: {ex.HttpRequestError}", "hashkey", 0, ex);
        }

        using var disposeResponse = response;
        using var document = ParseOrThrow(text, "hashkey", (int)response.StatusCode);
        var root = document.RootElement;
        var rtCd = Text(root, "rt_cd");
        if (rtCd.Length > 0 && rtCd != "0")
        {
            throw new KisAuthenticationException(Text(root, "msg_cd"), Text(root, "msg1"), "hashkey", (int)response.StatusCode);
        }

        var hash = Text(root, "HASH");
        return hash.Length > 0 ? hash : throw new KisAuthenticationException("(missing)", "hashkey answered without HASH", "hashkey", (int)response.StatusCode);
    }

    private async Task<JsonDocument> PostAsync(string path, string endpoint, Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Resilience.QueryTimeout, transportClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(credentials.RestBaseUrl, path))
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new KisTransportException($"KIS {endpoint} timed out after {options.Resilience.QueryTimeout}", 0, true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new KisTransportException($"KIS {endpoint} failed: {ex.HttpRequestError}", 0, true, ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var document = ParseOrThrow(text, endpoint, (int)response.StatusCode);
            var root = document.RootElement;
            var errorCode = Text(root, "error_code");
            if (errorCode.Length > 0 || !response.IsSuccessStatusCode)
            {
                var code = errorCode.Length > 0 ? errorCode : Text(root, "msg_cd");
                var description = Text(root, "error_description") is { Length: > 0 } d ? d : Text(root, "msg1");
                document.Dispose();
                throw new KisAuthenticationException(code.Length > 0 ? code : "(none)", description, endpoint, (int)response.StatusCode);
            }

            return document;
        }
    }

    private static JsonDocument ParseOrThrow(string text, string endpoint, int status)
    {
        try
        {
            var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
            // Not JSON: reported below without echoing the body (it could hold anything).
        }

        throw new KisTransportException($"KIS {endpoint} answered HTTP {status} without a JSON object", status, status >= 500);
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static bool TryLong(JsonElement value, out long result)
    {
        result = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out result),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result),
            _ => false,
        };
    }
}
