using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// One entry of a process's console log in the simple formatter's single-line form (<c>info: Category[EventId] message
/// exception</c>, what <c>SurvivalClusterSettings.LogLevel</c> asks for); a line in another form (a program's own
/// print) has no level (<see cref="LogLevel.None"/>) and no category.
/// </summary>
internal sealed partial record ProcessLogLine(LogLevel Level, string Category, string Text)
{
    [GeneratedRegex(@"^(trce|dbug|info|warn|fail|crit): ([^\[\s]+)\[\d+\] ")]
    private static partial Regex Entry();

    public static ProcessLogLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var entry = Entry().Match(line);
        if (!entry.Success)
        {
            return new ProcessLogLine(LogLevel.None, string.Empty, line);
        }

        var level = entry.Groups[1].Value switch
        {
            "trce" => LogLevel.Trace,
            "dbug" => LogLevel.Debug,
            "info" => LogLevel.Information,
            "warn" => LogLevel.Warning,
            "fail" => LogLevel.Error,
            _ => LogLevel.Critical,
        };
        return new ProcessLogLine(level, entry.Groups[2].Value, line[entry.Length..]);
    }

    /// <summary>Warning or above, from the product's own code (category KisTrader.*).</summary>
    public bool IsProductProblem => Level is >= LogLevel.Warning and < LogLevel.None && Category.StartsWith("KisTrader", StringComparison.Ordinal);
}
