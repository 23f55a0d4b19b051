using System.Collections;
using System.Reflection;
using KisTrader.Trading.Options;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Silo.Configuration;

/// <summary>
/// Binds and validates the <c>Strategy</c> section. The configuration binder appends configured list items to a list that
/// already holds defaults (e.g. <c>Strategy:AfterHours:Checkpoints</c>), which would silently mix the defaults with the
/// user's values; here a list that the configuration sets is replaced as a whole, and an unset list keeps its defaults.
/// </summary>
public static class StrategyConfiguration
{
    /// <summary>Binds <c>Strategy</c> over the defaults and validates; throws <see cref="InvalidOptionsException"/> naming every bad setting.</summary>
    public static StrategyOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new StrategyOptions();
        var section = configuration.GetSection(StrategyOptions.Section);
        ClearConfiguredLists(options, section);
        section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return options.ThrowIfInvalid();
    }

    /// <summary>Empties every list property of the options tree whose configuration section has children.</summary>
    internal static void ClearConfiguredLists(object node, IConfiguration section)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
            {
                continue;
            }

            var child = section.GetSection(property.Name);
            if (!child.GetChildren().Any())
            {
                continue;
            }

            var value = property.GetValue(node);
            switch (value)
            {
                case null or string:
                    break;
                case IList list when !property.PropertyType.IsArray:
                    list.Clear();
                    break;
                case IEnumerable:
                    break;
                default:
                    if (property.PropertyType.IsClass && property.PropertyType.Namespace?.StartsWith("KisTrader", StringComparison.Ordinal) == true)
                    {
                        ClearConfiguredLists(value, child);
                    }

                    break;
            }
        }
    }
}
