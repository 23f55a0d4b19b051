using KisTrader.Kis.Secrets;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Separate market-data credentials (section <c>Kis:MarketData</c>): paper keys get 1 call/s and few quote endpoints, so a
/// real key may serve quotes while orders go to paper (architecture.md §2). Secrets from <c>Kis__MarketData__AppKey</c> /
/// <c>Kis__MarketData__AppSecret</c> only.
/// </summary>
public sealed class KisMarketDataOptions
{
    /// <summary>Domain of the market-data key. Required when this section is given.</summary>
    public KisEnvironment? Environment { get; set; }

    /// <summary>REST base URL; default per environment.</summary>
    public Uri? RestBaseUrl { get; set; }

    /// <summary>WebSocket base URL; default per environment.</summary>
    public Uri? WebSocketBaseUrl { get; set; }

    /// <summary>App key for quotes. Secret.</summary>
    public string? AppKey { get; set; }

    /// <summary>App secret for quotes. Secret.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The REST budget of this key.</summary>
    public KisRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>True when any credential is given (an empty section means "use the trading key").</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(AppKey) || !string.IsNullOrEmpty(AppSecret) || Environment is not null;

    /// <summary>Settings with the secrets masked.</summary>
    public override string ToString() =>
        $"KisMarketDataOptions {{ Environment = {Environment}, RestBaseUrl = {RestBaseUrl?.ToString() ?? KisOptions.DefaultRestUrl(Environment)?.ToString()}, " +
        $"AppKey = {Redact.Mask(AppKey)}, AppSecret = {Redact.Mask(AppSecret)}, RequestsPerSecond = {RateLimit.RequestsPerSecond} }}";
}
