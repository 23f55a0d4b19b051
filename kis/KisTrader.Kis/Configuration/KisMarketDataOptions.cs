using System.ComponentModel.DataAnnotations;
using KisTrader.Kis.Secrets;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Separate market-data credentials (section <c>Kis:MarketData</c>): paper keys get 1 call/s and few quote endpoints, so a
/// real key may serve quotes while orders go to paper (architecture.md §2). Secrets from <c>Kis__MarketData__AppKey</c> /
/// <c>Kis__MarketData__AppSecret</c> only.
/// </summary>
public sealed class KisMarketDataOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = KisOptions.Section + ":MarketData";

    /// <summary>Domain of the market-data key. Required when this section is given.</summary>
    public KisEnvironment? Environment { get; set; }

    /// <summary>REST base URL; default per environment.</summary>
    [AbsoluteUrl("http", "https")]
    public Uri? RestBaseUrl { get; set; }

    /// <summary>WebSocket base URL; default per environment.</summary>
    [AbsoluteUrl("ws", "wss")]
    public Uri? WebSocketBaseUrl { get; set; }

    /// <summary>App key for quotes. Secret.</summary>
    public string? AppKey { get; set; }

    /// <summary>App secret for quotes. Secret.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The REST budget of this key.</summary>
    [ValidateObjectMembers]
    public KisRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>True when any credential is given (an empty section means "use the trading key").</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(AppKey) || !string.IsNullOrEmpty(AppSecret) || Environment is not null;

    /// <summary>When any credential is given: the domain, the simulator's URLs and both secrets are required.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (Environment is null)
        {
            yield return new ValidationResult($"{Section}:Environment is required when market-data credentials are given (Simulator, Paper or Real)");
        }

        foreach (var failure in KisOptionsRules.SimulatorUrls(Environment, RestBaseUrl, WebSocketBaseUrl, Section)
                     .Concat(KisOptionsRules.Credentials(AppKey, AppSecret, Section)))
        {
            yield return failure;
        }
    }

    /// <summary>Settings with the secrets masked.</summary>
    public override string ToString() =>
        $"KisMarketDataOptions {{ Environment = {Environment}, RestBaseUrl = {RestBaseUrl?.ToString() ?? KisOptions.DefaultRestUrl(Environment)?.ToString()}, " +
        $"AppKey = {Redact.Mask(AppKey)}, AppSecret = {Redact.Mask(AppSecret)}, RequestsPerSecond = {RateLimit.RequestsPerSecond} }}";
}
