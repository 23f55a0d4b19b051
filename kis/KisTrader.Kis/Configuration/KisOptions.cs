using System.ComponentModel.DataAnnotations;
using KisTrader.Kis.Secrets;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// The KIS client settings (section <c>Kis</c>). <see cref="AppKey"/> and <see cref="AppSecret"/> come from environment
/// variables (<c>Kis__AppKey</c>, <c>Kis__AppSecret</c>) or user-secrets only — never from appsettings files — and are
/// never logged: <see cref="ToString"/> masks them. Validated at start by the source-generated <see cref="KisOptionsValidator"/>
/// (data annotations of every nested section; the rules between settings in <see cref="IValidatableObject.Validate"/>).
/// </summary>
public sealed class KisOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Kis";

    /// <summary>Default real (실전) REST base URL (kis-api.md §1).</summary>
    public static readonly Uri RealRestUrl = new("https://openapi.koreainvestment.com:9443");

    /// <summary>Default real WebSocket base URL.</summary>
    public static readonly Uri RealWebSocketUrl = new("ws://ops.koreainvestment.com:21000");

    /// <summary>Default paper (모의투자) REST base URL.</summary>
    public static readonly Uri PaperRestUrl = new("https://openapivts.koreainvestment.com:29443");

    /// <summary>Default paper WebSocket base URL.</summary>
    public static readonly Uri PaperWebSocketUrl = new("ws://ops.koreainvestment.com:31000");

    /// <summary>Which domain: Simulator, Paper or Real. Required.</summary>
    [Required(ErrorMessage = "{0} is required (Simulator, Paper or Real)")]
    public KisEnvironment? Environment { get; set; }

    /// <summary>REST base URL; default per environment (Simulator has none and needs it).</summary>
    [AbsoluteUrl("http", "https")]
    public Uri? RestBaseUrl { get; set; }

    /// <summary>WebSocket base URL; default per environment (Simulator has none and needs it).</summary>
    [AbsoluteUrl("ws", "wss")]
    public Uri? WebSocketBaseUrl { get; set; }

    /// <summary>App key (environment variable <c>Kis__AppKey</c> or user-secrets). Secret.</summary>
    [Required(ErrorMessage = "{0} is required (environment variable Kis__AppKey or user-secrets; never in appsettings)")]
    public string? AppKey { get; set; }

    /// <summary>App secret (environment variable <c>Kis__AppSecret</c> or user-secrets). Secret.</summary>
    [Required(ErrorMessage = "{0} is required (environment variable Kis__AppSecret or user-secrets; never in appsettings)")]
    public string? AppSecret { get; set; }

    /// <summary>Account number, first 8 digits (CANO). Logged masked.</summary>
    [Required(ErrorMessage = "{0} is required (the 8-digit CANO; environment variable Kis__AccountNumber)")]
    [RegularExpression("^[0-9]{8}$", ErrorMessage = "{0} must be 8 digits")]
    public string? AccountNumber { get; set; }

    /// <summary>Account product code, 2 digits (ACNT_PRDT_CD). Default "01" (종합).</summary>
    [RegularExpression("^[0-9]{2}$", ErrorMessage = "{0} must be 2 digits")]
    public string AccountProductCode { get; set; } = "01";

    /// <summary>HTS ID: the tr_key of 체결통보 (fill notices) on the WebSocket.</summary>
    [StringLength(32, ErrorMessage = "{0} must be at most 32 characters")]
    public string? HtsId { get; set; }

    /// <summary>custtype header. Default Personal ("P").</summary>
    public KisCustomerType CustomerType { get; set; } = KisCustomerType.Personal;

    /// <summary>User-Agent header (KIS support suggests changing it on "RemoteDisconnected"). Default "KisTrader/1.0".</summary>
    [StringLength(200, MinimumLength = 1, ErrorMessage = "{0} must be 1 to 200 characters")]
    public string UserAgent { get; set; } = "KisTrader/1.0";

    /// <summary>Send the older order TR IDs (TTTC0802U buy, TTTC0801U sell, TTTC0803U modify/cancel). Default false.</summary>
    public bool UseLegacyOrderTrIds { get; set; }

    /// <summary>The REST budget of <see cref="AppKey"/>.</summary>
    [ValidateObjectMembers]
    public KisRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Optional separate credentials for quotes (e.g. a real key while orders go to paper).</summary>
    [ValidateObjectMembers]
    public KisMarketDataOptions? MarketData { get; set; }

    /// <summary>Token and approval-key behaviour.</summary>
    [ValidateObjectMembers]
    public KisAuthOptions Auth { get; set; } = new();

    /// <summary>Timeouts, retries, circuit breaker.</summary>
    [ValidateObjectMembers]
    public KisResilienceOptions Resilience { get; set; } = new();

    /// <summary>The REST base URL in effect (configured or the environment's default; null for a Simulator without one).</summary>
    public Uri? EffectiveRestBaseUrl => RestBaseUrl ?? DefaultRestUrl(Environment);

    /// <summary>The WebSocket base URL in effect.</summary>
    public Uri? EffectiveWebSocketBaseUrl => WebSocketBaseUrl ?? DefaultWebSocketUrl(Environment);

    internal static Uri? DefaultRestUrl(KisEnvironment? environment) => environment switch
    {
        KisEnvironment.Real => RealRestUrl,
        KisEnvironment.Paper => PaperRestUrl,
        _ => null,
    };

    internal static Uri? DefaultWebSocketUrl(KisEnvironment? environment) => environment switch
    {
        KisEnvironment.Real => RealWebSocketUrl,
        KisEnvironment.Paper => PaperWebSocketUrl,
        _ => null,
    };

    /// <summary>The rules between settings (the annotations are checked by the generated validator). Messages name the setting.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        foreach (var failure in KisOptionsRules.SimulatorUrls(Environment, RestBaseUrl, WebSocketBaseUrl, Section))
        {
            yield return failure;
        }

        if (Resilience.OrderTimeout < Resilience.QueryTimeout / 2)
        {
            yield return new ValidationResult($"{Section}:Resilience:OrderTimeout must be at least half of {Section}:Resilience:QueryTimeout");
        }
    }

    /// <summary>Settings with every secret masked.</summary>
    public override string ToString() =>
        $"KisOptions {{ Environment = {Environment}, RestBaseUrl = {EffectiveRestBaseUrl}, WebSocketBaseUrl = {EffectiveWebSocketBaseUrl}, " +
        $"AppKey = {Redact.Mask(AppKey)}, AppSecret = {Redact.Mask(AppSecret)}, AccountNumber = {Redact.MaskAccount(AccountNumber)}, " +
        $"AccountProductCode = {AccountProductCode}, HtsId = {HtsId}, CustomerType = {CustomerType}, " +
        $"RequestsPerSecond = {RateLimit.RequestsPerSecond}, MarketData = {MarketData?.ToString() ?? "(same key)"} }}";
}
