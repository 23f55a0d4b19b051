using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Scheduling;

/// <summary>Validates <see cref="ScheduleOptions"/> at start; every message names the setting.</summary>
internal sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                failures.Add($"{ScheduleOptions.Section}:{member} {result.ErrorMessage}");
            }
        }

        // A wake must fall inside the catch-up window, or a screen whose exact wake was lost could never catch up.
        if (options.CatchUpWindow != TimeSpan.Zero && options.CatchUpWindow < options.TickPeriod)
        {
            failures.Add($"{ScheduleOptions.Section}:CatchUpWindow must be zero or at least {ScheduleOptions.Section}:TickPeriod");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
