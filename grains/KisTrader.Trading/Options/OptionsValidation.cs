using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace KisTrader.Trading.Options;

/// <summary>
/// Validates an options object graph with data annotations and <see cref="IValidatableObject"/>, recursing into
/// nested options and lists, and names every failing setting by its configuration path
/// (e.g. <c>Strategy:Exits:StopLoss</c>). Hosts call this from an <c>IValidateOptions</c> adapter with
/// <c>ValidateOnStart</c>; the trading core itself stays free of the options framework.
/// </summary>
public static class OptionsValidation
{
    /// <summary>Every validation failure, each prefixed with the configuration path of its setting.</summary>
    public static IReadOnlyList<string> Validate(object options, string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Walk(options, sectionPath, errors, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return errors;
    }

    /// <summary>Throws <see cref="InvalidOptionsException"/> listing every failure, or returns the options unchanged.</summary>
    public static T ThrowIfInvalid<T>(T options, string sectionPath)
        where T : class
    {
        var errors = Validate(options, sectionPath);
        return errors.Count == 0 ? options : throw new InvalidOptionsException(errors);
    }

    private static void Walk(object node, string path, List<string> errors, HashSet<object> seen)
    {
        if (!seen.Add(node))
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(node, new ValidationContext(node), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var member in members)
            {
                var where = member.Length == 0 ? path : $"{path}:{member}";
                errors.Add($"{where}: {result.ErrorMessage} (value: {Describe(node, member)})");
            }
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !IsOptionsNode(property.PropertyType))
            {
                continue;
            }

            var value = property.GetValue(node);
            if (value is null)
            {
                continue;
            }

            if (value is IEnumerable items and not string)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsOptionsNode(item.GetType()))
                    {
                        Walk(item, $"{path}:{property.Name}:{i}", errors, seen);
                    }

                    i++;
                }
            }
            else
            {
                Walk(value, $"{path}:{property.Name}", errors, seen);
            }
        }
    }

    private static bool IsOptionsNode(Type type)
    {
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsValueType)
        {
            return false;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            return element is not null && IsOptionsNode(element);
        }

        return type.Namespace?.StartsWith("KisTrader", StringComparison.Ordinal) == true;
    }

    private static string Describe(object node, string member)
    {
        if (member.Length == 0)
        {
            return node.GetType().Name;
        }

        var value = node.GetType().GetProperty(member)?.GetValue(node);
        return value switch
        {
            null => "null",
            IEnumerable e and not string => $"[{e.Cast<object?>().Count()} items]",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        };
    }
}
