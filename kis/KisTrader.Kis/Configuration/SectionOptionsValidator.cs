using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Runs the source-generated validator (<see cref="OptionsValidatorAttribute"/>: data annotations, nested sections and
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> cross-field rules) of an options class bound
/// to one configuration section, and names every failing setting by its configuration key, e.g.
/// "The field Kis:RateLimit.RequestsPerSecond must be between 1 and 100." becomes
/// "Kis:RateLimit:RequestsPerSecond must be between 1 and 100.". Register it with
/// <see cref="ValidatedOptionsExtensions.AddValidatedOptions{TOptions, TValidator}"/>.
/// </summary>
/// <typeparam name="TOptions">The options class.</typeparam>
public sealed partial class SectionOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly IValidateOptions<TOptions> _generated;
    private readonly Regex _path;

    /// <summary>A validator of <paramref name="section"/> running <paramref name="generated"/>.</summary>
    /// <param name="section">The configuration section, e.g. <c>Kis:WebSocket</c>.</param>
    /// <param name="generated">The source-generated validator of <typeparamref name="TOptions"/>.</param>
    public SectionOptionsValidator(string section, IValidateOptions<TOptions> generated)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        ArgumentNullException.ThrowIfNull(generated);
        Section = section;
        _generated = generated;
        _path = new Regex($@"(?:The field )?{Regex.Escape(section)}(?<members>(?:\.\w+)+)", RegexOptions.CultureInvariant);
    }

    /// <summary>The configuration section the options are bound to.</summary>
    public string Section { get; }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = _generated.Validate(Section, options);
        return result.Failed ? ValidateOptionsResult.Fail(result.Failures.Select(Describe)) : result;
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> naming every failing setting when <paramref name="options"/> is invalid.</summary>
    public void ThrowIfInvalid(TOptions options)
    {
        var result = Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Section, typeof(TOptions), result.Failures);
        }
    }

    // The generated code writes "Member: The field Section.Path.Member must …" (or "Section.Path.Member …" where the
    // message starts with {0}); cross-field rules write the key themselves and are left alone. Range bounds of a
    // TimeSpan print with seven decimals ("00:00:00.0200000"): they are cut to milliseconds ("00:00:00.020").
    private string Describe(string failure)
    {
        var match = _path.Match(failure);
        return match.Success
            ? Section + match.Groups["members"].Value.Replace('.', ':') + TimeSpanZeros().Replace(failure[(match.Index + match.Length)..], "$1")
            : failure;
    }

    [GeneratedRegex(@"(\b\d{2}:\d{2}:\d{2}\.\d{3})0000\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSpanZeros();
}
