using System.Runtime.CompilerServices;
using KisTrader.Kis.Auth;
using KisTrader.Kis.Models;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Resilience;
using KisTrader.Kis.Transport;
using Microsoft.Extensions.Logging;
using Polly;

namespace KisTrader.Kis.Client;

/// <summary>
/// Everything that belongs to one app key: its token, approval key, transport (with the key's REST budget) and the
/// query/order pipelines. The trading and market-data facades each use one (the same one unless a separate market-data
/// key is configured).
/// </summary>
internal sealed class KisConnection : IDisposable
{
    public KisConnection(
        HttpClient http,
        KisCredentials credentials,
        KisOptions options,
        IKisTokenStore tokenStore,
        IKisPermitSource permits,
        TimeProvider clock,
        TimeProvider transportClock,
        ILogger logger)
    {
        Credentials = credentials;
        OAuth = new KisOAuthClient(http, credentials, options, clock, transportClock);
        Tokens = new KisTokenProvider(OAuth, tokenStore, options.Auth, clock, logger);
        ApprovalKeys = new KisApprovalKeyProvider(OAuth, options.Auth, clock, logger);
        var name = credentials.KeyId;
        Transport = new KisRestTransport(
            http,
            credentials,
            Tokens,
            OAuth,
            permits,
            options,
            KisPipelines.AttemptTimeout(options.Resilience.QueryTimeout, transportClock, name + "-query"),
            KisPipelines.AttemptTimeout(options.Resilience.OrderTimeout, transportClock, name + "-order"),
            logger);
        QueryPipeline = options.Resilience.QueryRetries == 0
            ? KisPipelines.QueryWithoutRetry(options.Resilience, clock, logger, name)
            : KisPipelines.Query(options.Resilience, clock, logger, name);
        OrderPipeline = KisPipelines.Order(options.Resilience, clock, logger, name);
    }

    public KisCredentials Credentials { get; }

    public KisOAuthClient OAuth { get; }

    public KisTokenProvider Tokens { get; }

    public KisApprovalKeyProvider ApprovalKeys { get; }

    public KisRestTransport Transport { get; }

    public ResiliencePipeline QueryPipeline { get; }

    public ResiliencePipeline OrderPipeline { get; }

    /// <summary>The TR ID of <paramref name="endpoint"/> for this key's environment.</summary>
    public string TrId(KisEndpoint endpoint) => endpoint.TrIdFor(Credentials.IsPaper);

    /// <summary>A GET query with retries on transient failures.</summary>
    public Task<KisReply> QueryAsync(KisEndpoint endpoint, IReadOnlyDictionary<string, string> query, KisLane lane, CancellationToken cancellationToken, string trCont = "") =>
        QueryAsync(new KisCall(endpoint.Name, HttpMethod.Get, endpoint.Path, TrId(endpoint), lane, Query: query, TrCont: trCont), cancellationToken);

    public async Task<KisReply> QueryAsync(KisCall call, CancellationToken cancellationToken) =>
        await QueryPipeline.ExecuteAsync(
            static async (state, ct) => await state.Transport.SendAsync(state.call, null, ct).ConfigureAwait(false),
            (Transport, call),
            cancellationToken).ConfigureAwait(false);

    /// <summary>An order or cancel POST: timeout, breaker, no blind retry (the caller maps failures to outcomes).</summary>
    public async Task<KisReply> OrderAsync(KisCall call, StrongBox<bool> sent, CancellationToken cancellationToken) =>
        await OrderPipeline.ExecuteAsync(
            static async (state, ct) => await state.Transport.SendAsync(state.call, state.sent, ct).ConfigureAwait(false),
            (Transport, call, sent),
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Pages of a ctx-paged endpoint: the first call with tr_cont "", then tr_cont "N" with the continuation keys copied
    /// from the previous body while the answer's tr_cont is F or M (kis-api.md §2.6). Stops as well when the continuation
    /// keys do not change (a guard against a server that repeats itself) or after <paramref name="maxPages"/>.
    /// </summary>
    public async IAsyncEnumerable<KisReply> PagesAsync(
        KisEndpoint endpoint,
        Func<string, string, IReadOnlyDictionary<string, string>> query,
        KisLane lane,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        int maxPages = 1000)
    {
        var (fkName, nkName) = endpoint.Paging == KisPaging.Ctx ? ("ctx_area_fk", "ctx_area_nk") : ("ctx_area_fk100", "ctx_area_nk100");
        string fk = string.Empty, nk = string.Empty, trCont = string.Empty;
        for (var page = 0; page < maxPages; page++)
        {
            var reply = await QueryAsync(endpoint, query(fk, nk), lane, cancellationToken, trCont).ConfigureAwait(false);
            yield return reply;
            var nextFk = reply.Text(fkName).Trim();
            var nextNk = reply.Text(nkName).Trim();
            if (!reply.HasMore || (nextFk == fk.Trim() && nextNk == nk.Trim()))
            {
                yield break;
            }

            fk = reply.Text(fkName);
            nk = reply.Text(nkName);
            trCont = "N";
        }
    }

    public void Dispose()
    {
        Tokens.Dispose();
        ApprovalKeys.Dispose();
    }
}
