using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.Auth;
using KisTrader.Kis.Simulator.Faults;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Kis.Simulator.Quotations;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// The KIS gateway in front of every endpoint with TR metadata (<see cref="KisTrMetadata"/> or a quotation route).
/// Order of checks: appkey/appsecret headers → domain of the key → authorization Bearer token → custtype → per-key rate
/// limit → tr_id vs endpoint and profile → content type / hashkey of POSTs → faults. A refusal is the KIS envelope
/// <c>{"rt_cd":"1","msg_cd","msg1"}</c> with <see cref="GatewayOptions.BusinessErrorStatus"/>; an accepted call gets its
/// <see cref="KisRequest"/> and reaches the endpoint. Every call is counted by TR ID.
/// </summary>
internal sealed class KisGatewayMiddleware(
    RequestDelegate next,
    AccountRegistry accounts,
    TokenStore tokens,
    AppKeyRateLimiter limiter,
    FaultService faults,
    SimMetrics metrics,
    TimeProvider clock,
    WallClock wall,
    IOptions<GatewayOptions> options)
{
    private static readonly TimeSpan DefaultTimeoutHold = TimeSpan.FromSeconds(30);
    private readonly GatewayOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var tr = endpoint?.Metadata.GetMetadata<KisTrMetadata>() ?? FromQuotationRoute(endpoint?.Metadata.GetMetadata<QuotationRoute>());
        if (tr is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var now = clock.GetUtcNow();
        faults.RunDue(now);
        var headers = context.Request.Headers;
        var trId = headers["tr_id"].ToString().Trim();
        metrics.RestCall(trId);
        var (failure, request) = Check(context, tr, trId, now);
        if (failure is not null)
        {
            await RejectAsync(context, failure, trId).ConfigureAwait(false);
            return;
        }

        if (context.Request.Method == HttpMethods.Post && (failure = await CheckBodyAsync(context).ConfigureAwait(false)) is not null)
        {
            await RejectAsync(context, failure, trId).ConfigureAwait(false);
            return;
        }

        var outcome = faults.Match(trId, request!.AppKey, tr.IsOrder, now);
        var lost = outcome.Terminal is { Kind: FaultKind.ReplyLost } replyLost ? replyLost : null;
        outcome = lost is null ? outcome : outcome with { Terminal = null };
        if (!outcome.IsNone && !await ApplyFaultAsync(context, outcome, trId).ConfigureAwait(false))
        {
            return;
        }

        metrics.RestAccepted();
        context.SetKisRequest(request);
        context.Response.Headers["tr_id"] = trId;
        if (lost is not null)
        {
            await RunWithoutAnswerAsync(context, lost.Delay ?? DefaultTimeoutHold).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// replyLost: the endpoint runs (an order is placed) but writes into nothing, so the response never starts; the call is
    /// held for <paramref name="hold"/> (wall time) and the connection is aborted — unless the client gave up first.
    /// </summary>
    private async Task RunWithoutAnswerAsync(HttpContext context, TimeSpan hold)
    {
        var response = context.Response;
        var original = response.Body;
        response.Body = Stream.Null;
        // The hold starts when the call arrives (before the order is placed), like the timeout fault's.
        var held = Task.Delay(hold, wall.Provider, context.RequestAborted);
        try
        {
            await next(context).ConfigureAwait(false);
            await held.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client timed out first: nothing to answer.
        }
        finally
        {
            response.Body = original;
        }

        context.Abort();
    }

    private (KisCode? Failure, KisRequest? Request) Check(HttpContext context, KisTrMetadata tr, string trId, DateTimeOffset now)
    {
        var headers = context.Request.Headers;
        var appKey = headers["appkey"].ToString();
        var appSecret = headers["appsecret"].ToString();
        if (appKey.Length == 0)
        {
            return (KisGatewayCodes.AppKeyMissing, null);
        }

        if (appSecret.Length == 0)
        {
            return (KisGatewayCodes.AppSecretMissing, null);
        }

        switch (accounts.Check(appKey, appSecret, admit: false, out var account))
        {
            case CredentialCheck.UnknownKey:
                return (KisGatewayCodes.AppKeyInvalid, null);
            case CredentialCheck.WrongSecret:
                return (KisGatewayCodes.AppSecretInvalid, null);
            default:
                break;
        }

        var profile = accounts.ServerProfile;
        if (account!.Profile != profile)
        {
            return (profile == SimProfile.Real ? KisGatewayCodes.PaperKeyOnReal : KisGatewayCodes.RealKeyOnPaper, null);
        }

        var authorization = headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length == Bearer.Length)
        {
            return (KisGatewayCodes.CredentialsType, null);
        }

        switch (tokens.Validate(authorization[Bearer.Length..].Trim(), appKey, now))
        {
            case TokenState.Invalid:
                return (KisGatewayCodes.TokenInvalid, null);
            case TokenState.Expired:
                return (KisGatewayCodes.TokenExpired, null);
            default:
                break;
        }

        var custType = headers["custtype"].ToString().Trim();
        if (_options.RequireCustType && custType is not ("P" or "B"))
        {
            return (KisGatewayCodes.CustTypeInvalid, null);
        }

        if (!limiter.TryAcquire(appKey, profile))
        {
            return (KisGatewayCodes.RateLimited, null);
        }

        if (trId.Length == 0)
        {
            return (KisGatewayCodes.TrIdMissing, null);
        }

        if (TrIdFailure(tr, trId, profile) is { } trFailure)
        {
            return (trFailure, null);
        }

        return (null, new KisRequest(appKey, account, profile, trId, headers["tr_cont"].ToString(), custType, now));
    }

    /// <summary>
    /// On Paper, a TR ID the endpoint does not serve there (a real T/J/C… ID, or a real-only API) is EGW02006 "모의투자 TR 이
    /// 아닙니다." (observed for chk-holiday and TTTC8434R). On Real, a paper V… ID of the endpoint is "실전투자 TR 이 아닙니다.";
    /// a TR ID foreign to the endpoint is OPSQ0002 on both.
    /// </summary>
    internal static KisCode? TrIdFailure(KisTrMetadata tr, string trId, SimProfile profile)
    {
        if (tr.For(profile).Contains(trId, StringComparer.Ordinal))
        {
            return null;
        }

        if (profile == SimProfile.Paper)
        {
            return tr.RealTrIds.Contains(trId, StringComparer.Ordinal) ? KisGatewayCodes.RealTrOnPaper : KisGatewayCodes.TrIdUnknown;
        }

        return tr.PaperTrIds.Contains(trId, StringComparer.Ordinal) ? KisGatewayCodes.PaperTrOnReal : KisGatewayCodes.TrIdUnknown;
    }

    /// <summary>POST bodies must be JSON; a hashkey header, when sent, must be the hash of the body (EGW00131).</summary>
    private async Task<KisCode?> CheckBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (_options.RequireJsonContentType && !(request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return KisGatewayCodes.ContentTypeInvalid;
        }

        var hashKey = request.Headers["hashkey"].ToString();
        if (hashKey.Length == 0)
        {
            return null;
        }

        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        request.Body.Position = 0;
        return string.Equals(AuthEndpoints.HashOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), hashKey, StringComparison.OrdinalIgnoreCase)
            ? null
            : KisGatewayCodes.HashKeyInvalid;
    }

    /// <summary>Applies latency and the terminal fault; true when the call should still reach its endpoint.</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, FaultOutcome outcome, string trId)
    {
        var aborted = context.RequestAborted;
        try
        {
            if (outcome.Delay > TimeSpan.Zero)
            {
                await Task.Delay(outcome.Delay, wall.Provider, aborted).ConfigureAwait(false);
            }

            switch (outcome.Terminal)
            {
                case null:
                    return true;
                case { Kind: FaultKind.Timeout } timeout:
                    await Task.Delay(timeout.Delay ?? DefaultTimeoutHold, wall.Provider, aborted).ConfigureAwait(false);
                    context.Abort();
                    return false;
                case { Kind: FaultKind.Http500 } error:
                    metrics.RestRejected(error.MsgCd ?? KisGatewayCodes.ServerError.Code);
                    await KisEnvelope.WriteErrorAsync(context, new KisCode(error.MsgCd ?? KisGatewayCodes.ServerError.Code, error.Msg1 ?? KisGatewayCodes.ServerError.Message), error.Status ?? StatusCodes.Status500InternalServerError).ConfigureAwait(false);
                    return false;
                case { Kind: FaultKind.RateLimit }:
                    // The gateway limiter's own answer (same code, text and status), not a server error.
                    await RejectAsync(context, KisGatewayCodes.RateLimited, trId).ConfigureAwait(false);
                    return false;
                case var reject:
                    await RejectAsync(context, new KisCode(reject.MsgCd!, reject.Msg1 ?? "주문이 거부되었습니다."), trId).ConfigureAwait(false);
                    return false;
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up (its own timeout): nothing to answer.
            return false;
        }
    }

    private Task RejectAsync(HttpContext context, KisCode failure, string trId)
    {
        metrics.RestRejected(failure.Code);
        if (trId.Length > 0)
        {
            context.Response.Headers["tr_id"] = trId;
        }

        return KisEnvelope.WriteErrorAsync(context, failure, _options.BusinessErrorStatus);
    }

    private static KisTrMetadata? FromQuotationRoute(QuotationRoute? route) => route is null
        ? null
        : new KisTrMetadata([route.TrId], route.PaperAvailable ? [route.TrId] : ImmutableArray<string>.Empty, IsOrder: false);
}
