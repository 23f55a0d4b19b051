using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KisTrader.Kis.Auth;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;

namespace KisTrader.Kis.Transport;

/// <summary>
/// One KIS REST attempt for one app key: token, permit (held until the answer is read), the headers of kis-api.md §2.5,
/// envelope check (§2.6: <c>rt_cd</c> decides, never the HTTP status). On EGW00123/EGW00121 the token is invalidated,
/// re-issued once and the call retried once (the gateway refused it before it reached the endpoint). On EGW00201 the
/// permit source is told to back off. The attempt timeout wraps the HTTP exchange here; retries and the breaker live in the
/// Polly pipelines around this class.
/// </summary>
internal sealed class KisRestTransport(
    HttpClient http,
    KisCredentials credentials,
    KisTokenProvider tokens,
    KisOAuthClient oauth,
    IKisPermitSource permits,
    KisOptions options,
    ResiliencePipeline queryTimeout,
    ResiliencePipeline orderTimeout,
    ILogger logger)
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };
    private readonly string _maskedKey = Secrets.Redact.Mask(credentials.AppKey);
    private readonly string _custType = options.CustomerType == KisCustomerType.Corporate ? "B" : "P";

    public KisBudget Budget { get; } = new(
        credentials.KeyId,
        credentials.RequestsPerWindow,
        credentials.RateLimit.Window,
        credentials.RateLimit.SafetyMargin,
        credentials.RateLimit.BackoffDelay,
        credentials.RateLimit.ReducedRateDuration,
        credentials.RateLimit.ReducedRateFactor);

    public KisCredentials Credentials => credentials;

    /// <summary>Sends <paramref name="call"/>; a token error gets one re-issue and one retry.</summary>
    /// <param name="call">The call.</param>
    /// <param name="sent">Set to true just before the request goes on the wire (orders use it to tell "not sent" from "unknown").</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<KisReply> SendAsync(KisCall call, StrongBox<bool>? sent, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(call, cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendOnceAsync(call, token, sent, cancellationToken).ConfigureAwait(false);
        }
        catch (KisApiException ex) when (ex.IsTokenError)
        {
            // The gateway refused the first attempt for its token (the order desk never saw it): whatever the store does
            // now, nothing has been sent yet.
            await FromStoreAsync(call, () => tokens.InvalidateAsync(token, ex.MsgCd, cancellationToken), cancellationToken).ConfigureAwait(false);
            token = await TokenAsync(call, cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(call, token, sent, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<string> TokenAsync(KisCall call, CancellationToken cancellationToken)
    {
        string? token = null;
        await FromStoreAsync(call, async () => token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return token!;
    }

    // The token comes from the token store, which in a cluster is a grain: it may fail with anything (an Orleans
    // timeout, a silo shutting down). For an order that failure means "nothing was sent", so it is reported as an
    // authentication failure, which the order path maps to NotSent; a query sees the store's own exception as before.
    private static async ValueTask FromStoreAsync(KisCall call, Func<ValueTask> action, CancellationToken cancellationToken)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (call.IsOrder && ex is not KisApiException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new KisAuthenticationException("TOKEN_UNAVAILABLE", $"no access token ({ex.GetType().Name} from the token store); the order was not sent", "tokenP", 0, ex);
        }
    }

    private async Task<KisReply> SendOnceAsync(KisCall call, string token, StrongBox<bool>? sent, CancellationToken cancellationToken)
    {
        byte[]? body = call.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(call.Body);
        string? hashKey = null;
        if (body is not null && call.UseHashKey)
        {
            using var hashLease = await permits.AcquireAsync(Budget, call.Lane, cancellationToken).ConfigureAwait(false);
            hashKey = await oauth.HashKeyAsync(body, cancellationToken).ConfigureAwait(false);
        }

        using var request = new HttpRequestMessage(call.Method, new Uri(credentials.RestBaseUrl, call.PathAndQuery));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonUtf8;
        }

        var headers = request.Headers;
        headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        headers.TryAddWithoutValidation("appkey", credentials.AppKey);
        headers.TryAddWithoutValidation("appsecret", credentials.AppSecret);
        headers.TryAddWithoutValidation("tr_id", call.TrId);
        headers.TryAddWithoutValidation("custtype", _custType);
        headers.TryAddWithoutValidation("tr_cont", call.TrCont);
        headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        if (hashKey is not null)
        {
            headers.TryAddWithoutValidation("hashkey", hashKey);
        }

        var started = Stopwatch.GetTimestamp();
        int status;
        string text;
        string trCont;
        using var span = KisTelemetry.Source.StartActivity("kis " + call.Endpoint, ActivityKind.Client);
        span?.SetTag("kis.tr_id", call.TrId);
        span?.SetTag("kis.lane", call.Lane.ToString());
        KisTelemetry.Budget(Budget);
        var waiting = KisTelemetry.WaitStarting();
        using (await permits.AcquireAsync(Budget, call.Lane, cancellationToken).ConfigureAwait(false))
        {
            KisTelemetry.Permitted(waiting, call.Lane, call.Endpoint);
            try
            {
                if (sent is not null)
                {
                    sent.Value = true;
                }

                // The timeout covers the HTTP exchange only: the permit wait before it is queueing, not failure.
                (status, text, trCont) = await (call.IsOrder ? orderTimeout : queryTimeout).ExecuteAsync(
                    static async (state, ct) =>
                    {
                        using var response = await state.http.SendAsync(state.request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                        var more = response.Headers.TryGetValues("tr_cont", out var values) ? string.Concat(values).Trim() : string.Empty;
                        return ((int)response.StatusCode, body, more);
                    },
                    (http, request),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new KisTransportException($"KIS {call.Endpoint} ({call.TrId}): connection failed ({ex.HttpRequestError})", 0, true, ex);
            }
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new KisTransportException($"KIS {call.Endpoint} ({call.TrId}) answered HTTP {status} without a JSON envelope", status, status >= 500, ex);
        }

        var rtCd = Text(root, "rt_cd");
        var msgCd = Text(root, "msg_cd");
        var msg1 = Text(root, "msg1").Trim();
        if (root.ValueKind != JsonValueKind.Object || rtCd.Length == 0)
        {
            throw new KisTransportException($"KIS {call.Endpoint} ({call.TrId}) answered HTTP {status} without rt_cd", status, status >= 500);
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.CallCompleted(call.Method.Method, call.Endpoint, call.TrId, call.Lane, msgCd, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        if (rtCd != "0")
        {
            if (msgCd == KisErrorCodes.RateLimited)
            {
                permits.ReportRateLimited(Budget);
                KisTelemetry.RateLimitHit();
                logger.RateLimited(_maskedKey);
            }
            else
            {
                logger.CallRejected(call.Endpoint, call.TrId, msgCd, msg1, status);
            }

            span?.SetStatus(ActivityStatusCode.Error, msgCd);
            throw new KisApiException(msgCd, msg1, call.Endpoint, status, call.TrId);
        }

        return new KisReply(root, trCont, msgCd, msg1);
    }

    private static string Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;
}
