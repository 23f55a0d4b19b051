using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>
/// Runs the source-generated validator (<see cref="OptionsValidatorAttribute"/>: data annotations, nested items and
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> rules) of an options class bound to one
/// section, and names the setting in every message ("Simulator:RateLimit:RealPerWindow must be between 1 and 1000000."),
/// so a bad flag or configuration value says which key to fix. (The simulator references nothing of the client, so it
/// has its own copy of this small adapter.)
/// </summary>
/// <typeparam name="T">The options class.</typeparam>
internal sealed partial class SectionOptionsValidator<T> : IValidateOptions<T>
    where T : class
{
    private readonly IValidateOptions<T> _generated;
    private readonly Regex _path;

    /// <param name="section">Its configuration section, e.g. "Simulator:RateLimit".</param>
    /// <param name="generated">The source-generated validator of <typeparamref name="T"/>.</param>
    public SectionOptionsValidator(string section, IValidateOptions<T> generated)
    {
        Section = section;
        _generated = generated;
        _path = new Regex($@"(?:The field )?{Regex.Escape(section)}(?<members>(?:\.\w+|\[\d+\])+)", RegexOptions.CultureInvariant);
    }

    public string Section { get; }

    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = _generated.Validate(Section, options);
        return result.Failed ? ValidateOptionsResult.Fail(result.Failures.Select(Describe)) : result;
    }

    /// <summary>The messages of every broken rule, each naming its setting (empty when the options are valid).</summary>
    public IReadOnlyList<string> Failures(T options)
    {
        var result = Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    }

    // "Speed: The field Simulator:Clock.Speed must be …" → "Simulator:Clock:Speed must be …"; "Keys[0].Cano" → "Keys:0:Cano".
    // Rules between settings write the key themselves and are left alone. TimeSpan bounds are cut to milliseconds.
    private string Describe(string failure)
    {
        var match = _path.Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var members = Index().Replace(match.Groups["members"].Value, ".$1").Replace('.', ':');
        return Section + members + TimeSpanZeros().Replace(failure[(match.Index + match.Length)..], "$1");
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();

    [GeneratedRegex(@"(\b\d{2}:\d{2}:\d{2}\.\d{3})0000\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSpanZeros();
}
