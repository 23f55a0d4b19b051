using System.Text.RegularExpressions;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// Compose's variable interpolation with no variable set (what the file does before .env fills it in):
/// <c>${X:-default}</c> → default, <c>${X:?message}</c> → a marker naming the required variable, <c>$$</c> → <c>$</c>.
/// </summary>
internal static partial class ComposeInterpolation
{
    public const string RequiredPrefix = "<required:";

    public static string Apply(string value, IReadOnlyDictionary<string, string>? variables = null) =>
        Variable().Replace(value, m => m.Groups["escaped"].Success
            ? "$"
            : variables is not null && variables.TryGetValue(m.Groups["name"].Value, out var set)
            ? set
            : m.Groups["op"].Value switch
            {
                ":-" or "-" => m.Groups["arg"].Value,
                ":?" or "?" => $"{RequiredPrefix}{m.Groups["name"].Value}>",
                _ => "",
            });

    /// <summary>The variables a value requires (<c>${X:?…}</c>).</summary>
    public static IEnumerable<string> RequiredVariables(string value) =>
        Variable().Matches(value).Where(m => m.Groups["op"].Value is ":?" or "?").Select(m => m.Groups["name"].Value);

    /// <summary>Every variable a value names.</summary>
    public static IEnumerable<string> Variables(string value) =>
        Variable().Matches(value).Where(m => m.Groups["name"].Success).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"(?<escaped>\$\$)|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
