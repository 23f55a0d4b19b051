using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Secrets;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// One app key with everything that belongs to it: domain, URLs, secret and REST budget. The client has one for trading
/// and one for market data (the same instance unless <c>Kis:MarketData</c> is configured). <see cref="KeyId"/> is a
/// non-secret identifier of the app key (a SHA-256 prefix) used to key token stores and permit budgets.
/// </summary>
internal sealed class KisCredentials
{
    public KisCredentials(KisEnvironment environment, Uri restBaseUrl, Uri? webSocketBaseUrl, string appKey, string appSecret, KisRateLimitOptions rateLimit)
    {
        Environment = environment;
        RestBaseUrl = restBaseUrl;
        WebSocketBaseUrl = webSocketBaseUrl;
        AppKey = appKey;
        AppSecret = appSecret;
        RateLimit = rateLimit;
        RequestsPerWindow = rateLimit.EffectiveRequestsPerSecond(environment);
        KeyId = "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appKey)).AsSpan(0, 8));
    }

    public KisEnvironment Environment { get; }

    /// <summary>True for the paper domain (V… TR IDs).</summary>
    public bool IsPaper => Environment == KisEnvironment.Paper;

    public Uri RestBaseUrl { get; }

    public Uri? WebSocketBaseUrl { get; }

    public string AppKey { get; }

    public string AppSecret { get; }

    public KisRateLimitOptions RateLimit { get; }

    public int RequestsPerWindow { get; }

    public string KeyId { get; }

    public static KisCredentials Trading(KisOptions options) => new(
        options.Environment!.Value,
        options.EffectiveRestBaseUrl!,
        options.EffectiveWebSocketBaseUrl,
        options.AppKey!,
        options.AppSecret!,
        options.RateLimit);

    /// <summary>The market-data key, or <paramref name="trading"/> when no separate key is configured.</summary>
    public static KisCredentials MarketData(KisOptions options, KisCredentials trading)
    {
        if (options.MarketData is not { IsConfigured: true } market)
        {
            return trading;
        }

        var environment = market.Environment!.Value;
        if (string.Equals(market.AppKey, trading.AppKey, StringComparison.Ordinal))
        {
            return trading;
        }

        return new KisCredentials(
            environment,
            market.RestBaseUrl ?? KisOptions.DefaultRestUrl(environment)!,
            market.WebSocketBaseUrl ?? KisOptions.DefaultWebSocketUrl(environment),
            market.AppKey!,
            market.AppSecret!,
            market.RateLimit);
    }

    public override string ToString() => $"{Environment} key {Redact.Mask(AppKey)} ({KeyId}) at {RestBaseUrl}";
}
