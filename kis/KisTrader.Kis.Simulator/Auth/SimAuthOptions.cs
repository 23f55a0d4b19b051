using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>Token and approval-key rules (configuration section <c>Simulator:Auth</c>; kis-api.md §2.1–§2.3).</summary>
public sealed class SimAuthOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:Auth";

    /// <summary>Access-token lifetime in simulated time. Default 24 hours (individual accounts).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "366.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>tokenP within this long after issuance returns the same token. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan TokenReuseWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Minimum simulated time between two successful tokenP answers for one app key; a call sooner gets HTTP 403
    /// EGW00133. Default 1 minute (the observed rule). Zero disables it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TokenIssueInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Approval-key lifetime in simulated time. Default 24 hours ([unconfirmed]).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "366.00:00:00")]
    public TimeSpan ApprovalKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Minimum time between two approval keys for one app key, on the rate-limit clock (wall time by default).
    /// Default 1 second (portal rate notice). Zero disables it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ApprovalKeyInterval { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenReuseWindow > TokenLifetime)
        {
            yield return new ValidationResult($"{SectionName}:TokenReuseWindow: {TokenReuseWindow} is longer than TokenLifetime {TokenLifetime}.");
        }
    }
}
