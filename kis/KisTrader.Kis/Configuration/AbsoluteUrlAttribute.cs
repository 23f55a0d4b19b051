using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// A <see cref="Uri"/> or string setting that, when given, is an absolute URL with one of the allowed schemes (null and
/// empty pass: add <see cref="RequiredAttribute"/> when the setting is required). The message names the setting:
/// "{0} must be an absolute http or https URL" (override with <see cref="ValidationAttribute.ErrorMessage"/>, where
/// {0} is the setting).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class AbsoluteUrlAttribute : ValidationAttribute
{
    /// <summary>Allows the given schemes, e.g. <c>"http", "https"</c>.</summary>
    public AbsoluteUrlAttribute(params string[] schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        Schemes = schemes;
    }

    /// <summary>The allowed schemes.</summary>
    public IReadOnlyList<string> Schemes { get; }

    /// <inheritdoc />
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string { Length: 0 } => true,
        string text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && Allowed(uri),
        Uri uri => uri.IsAbsoluteUri && Allowed(uri),
        _ => false,
    };

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.InvariantCulture, ErrorMessage ?? "{0} must be an absolute {1} URL", name, string.Join(" or ", Schemes));

    private bool Allowed(Uri uri) => Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
