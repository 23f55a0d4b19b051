using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Web.Hosting;

/// <summary>
/// The front end's settings (section <c>KisTrader:Web</c>); the database is <c>ConnectionStrings:KisTrader</c>, the initial
/// trader key <c>KISTRADER_ADMIN_KEY</c>. Loaded and validated at start by <see cref="Load"/>: a misspelt key or a bad
/// value stops the start with the setting's name.
/// </summary>
public sealed class WebHostOptions
{
    public const string Section = "KisTrader:Web";

    /// <summary>The configuration key of the initial trader key (environment variable of the same name).</summary>
    public const string AdminKeySetting = "KISTRADER_ADMIN_KEY";

    /// <summary>OneProcess (default) or Client.</summary>
    public FrontEndMode Mode { get; set; } = FrontEndMode.OneProcess;

    /// <summary>Client mode's cluster.</summary>
    [ValidateObjectMembers]
    public WebClientOptions Client { get; set; } = new();

    /// <summary>
    /// Client mode: the base URL of the cluster's simulator (e.g. http://127.0.0.1:5100/); the clock endpoints then
    /// control its shared clock through <c>/sim/clock</c>. Unset: the clock cannot be controlled from this front end.
    /// </summary>
    public Uri? SimulatorUrl { get; set; }

    /// <summary>Largest request body, bytes (default 4 MiB: a what-if of every KRX listing fits).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Per-key rate limit.</summary>
    [ValidateObjectMembers]
    public WebRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Metrics and traces.</summary>
    public KisTrader.Web.Telemetry.WebTelemetryOptions Telemetry { get; set; } = new();

    /// <summary>Webhook and Telegram notifications.</summary>
    [ValidateObjectMembers]
    public KisTrader.Web.Notifications.NotificationOptions Notifications { get; set; } = new();

    /// <summary>Origins allowed to call the API from a browser, comma-separated (default none: same origin only).</summary>
    public string AllowedOrigins { get; set; } = "";

    /// <summary>
    /// Account keys (<c>GrainKeys.Account</c>) whose <c>fills/…</c> streams the hub relays besides the configured KIS
    /// account's (<c>KisTrader:Web:FillAccounts:0</c>, …).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "bound from configuration")]
    public string[] FillAccounts { get; set; } = [];

    /// <summary>The origins of <see cref="AllowedOrigins"/>.</summary>
    public string[] Origins => AllowedOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Binds and validates the section.</summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static WebHostOptions Load(IConfiguration configuration)
    {
        var options = new WebHostOptions();
        var failures = new List<string>();
        try
        {
            configuration.GetSection(Section).Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            failures.Add($"{Section}: {e.Message}");
        }

        if (failures.Count == 0)
        {
            var result = new WebHostOptionsValidator().Validate(null, options);
            if (result.Failed)
            {
                failures.AddRange(result.Failures.Select(f => $"{Section}:{f}"));
            }

            failures.AddRange(options.Origins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var u) || u.AbsolutePath != "/" || u.Scheme is not ("http" or "https"))
                .Select(o => $"{Section}:AllowedOrigins: '{o}' is not an origin such as https://trader.example.com"));
            if (options.SimulatorUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            {
                failures.Add($"{Section}:SimulatorUrl must be an http:// or https:// address");
            }

            failures.AddRange(KisTrader.Web.Notifications.NotificationExtensions.Problems(options.Notifications, Section));
            if (configuration[AdminKeySetting] is { } admin && admin.Trim().Length < 16)
            {
                failures.Add($"{AdminKeySetting} must be at least 16 characters (a long random key)");
            }
        }

        return failures.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(WebHostOptions), failures);
    }
}

/// <summary>The source-generated validator of the annotations.</summary>
[OptionsValidator]
internal sealed partial class WebHostOptionsValidator : IValidateOptions<WebHostOptions>;
