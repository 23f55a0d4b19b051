using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>
/// Validates an options class with its data annotations and <see cref="IValidatableObject"/> rules, and names the setting
/// in every message ("Simulator:RateLimit:RealPerWindow must be between 1 and 1000000."), so a bad flag or configuration
/// value says which key to fix.
/// </summary>
/// <typeparam name="T">The options class.</typeparam>
/// <param name="section">Its configuration section, e.g. "Simulator:RateLimit".</param>
internal sealed class SectionOptionsValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(section, options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The messages of every broken rule, each naming its setting (empty when the options are valid).</summary>
    public static IReadOnlyList<string> Failures(string section, object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => Describe(section, r))];
    }

    private static string Describe(string section, ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is invalid.";
        if (message.StartsWith(section + ":", StringComparison.Ordinal))
        {
            return message;
        }

        var member = result.MemberNames.FirstOrDefault();
        if (member is null)
        {
            return $"{section}: {message}";
        }

        // "The field Speed must be between …" → "Simulator:Clock:Speed must be between …".
        var prefix = $"The field {member} ";
        return message.StartsWith(prefix, StringComparison.Ordinal)
            ? $"{section}:{member} {message[prefix.Length..]}"
            : $"{section}:{member}: {message}";
    }
}

/// <summary>Registration of options bound to a section and validated at start-up with <see cref="SectionOptionsValidator{T}"/>.</summary>
internal static class ValidatedOptionsExtensions
{
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionOptionsValidator<T>(section));
        return services;
    }
}
