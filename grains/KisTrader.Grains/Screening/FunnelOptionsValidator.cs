using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Screening;

/// <summary>Validates <see cref="FunnelOptions"/> at start; every message names its setting.</summary>
public sealed class FunnelOptionsValidator : IValidateOptions<FunnelOptions>
{
    public ValidateOptionsResult Validate(string? name, FunnelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? "Screening:Funnel is invalid."));
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when <paramref name="options"/> is invalid.</summary>
    public static void ThrowIfInvalid(FunnelOptions options)
    {
        var result = new FunnelOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(FunnelOptions.Section, typeof(FunnelOptions), result.Failures);
        }
    }
}
