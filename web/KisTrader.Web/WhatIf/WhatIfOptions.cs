using System.Globalization;
using System.Text.Json;
using KisTrader.Silo.Configuration;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening;
using Microsoft.Extensions.Configuration.Memory;

namespace KisTrader.Web.WhatIf;

/// <summary>
/// The screening options of a what-if request: the server's configured <c>Strategy</c> with the request's partial
/// <c>Strategy:Screening</c> overrides laid over it, bound and validated by the production binder
/// (<see cref="StrategyConfiguration.Load"/>: unknown keys refused, every rule checked).
/// </summary>
internal sealed class WhatIfOptions(IConfiguration configuration)
{
    /// <summary>The options, or the errors (keyed <c>options</c>) that make the overrides invalid.</summary>
    public ScreeningOptions? Resolve(JsonElement? overrides, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        if (overrides is { ValueKind: not JsonValueKind.Null } given)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                problems.Add("must be an object shaped like Strategy:Screening, e.g. {\"conditions\":{\"executionStrength\":{\"base\":105}}}");
            }
            else
            {
                Flatten(given, ScreeningOptions.Section, "options", settings, problems);
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                var layered = new ConfigurationBuilder()
                    .AddConfiguration(configuration)
                    .Add(new MemoryConfigurationSource { InitialData = settings })
                    .Build();
                return StrategyConfiguration.Load(layered).Screening;
            }
            catch (InvalidOptionsException e)
            {
                problems.AddRange(e.Errors);
            }
            catch (InvalidOperationException e)
            {
                // the binder's refusal of an unknown key or an unreadable value
                problems.Add(e.Message);
            }
        }

        errors["options"] = [.. problems];
        return null;
    }

    private static void Flatten(JsonElement node, string key, string path, Dictionary<string, string?> settings, List<string> problems)
    {
        foreach (var property in node.EnumerateObject())
        {
            var name = property.Name;
            var childPath = $"{path}.{name}";
            if (name.Length == 0 || name.Contains(':', StringComparison.Ordinal))
            {
                problems.Add($"{childPath}: is not a setting name");
                continue;
            }

            var childKey = $"{key}:{char.ToUpperInvariant(name[0])}{name[1..]}";

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, childKey, childPath, settings, problems);
                    break;
                case JsonValueKind.Number:
                    settings[childKey] = property.Value.GetRawText();
                    break;
                case JsonValueKind.String:
                    settings[childKey] = property.Value.GetString();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    settings[childKey] = property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture);
                    break;
                default:
                    problems.Add($"{childPath}: must be a number, a text, true/false or an object (value {property.Value.ValueKind})");
                    break;
            }
        }
    }
}
