using System.Text.Json;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>
/// Request fields of a trading call. GET query names are case-insensitive (kis-api.md §2.5); POST bodies must use the
/// exact upper-case keys with string values, as KIS requires. Every documented key must be present (values may be
/// empty where KIS allows): a missing key is OPSQ2001 "ERROR INPUT FIELD NOT FOUND [KEY]".
/// </summary>
internal sealed class KisInput
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _notStrings;

    private KisInput(Dictionary<string, string> values, HashSet<string> notStrings)
    {
        _values = values;
        _notStrings = notStrings;
    }

    public static KisInput FromQuery(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query)
        {
            values[key] = value.ToString();
        }

        return new KisInput(values, []);
    }

    /// <summary>A JSON body; null when it is not a JSON object.</summary>
    public static KisInput? FromJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var notStrings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var isString = property.Value.ValueKind == JsonValueKind.String;
                values[property.Name] = isString ? property.Value.GetString() ?? string.Empty : property.Value.GetRawText();
                if (!isString)
                {
                    notStrings.Add(property.Name);
                }
            }

            return new KisInput(values, notStrings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first missing key (OPSQ2001), else the first non-string value (OPSQ2002), among <paramref name="required"/>.</summary>
    public KisRejection? Check(params string[] required)
    {
        foreach (var key in required)
        {
            if (!_values.ContainsKey(key))
            {
                return TradingMessages.FieldNotFound(key);
            }
        }

        return required.Any(_notStrings.Contains) ? TradingMessages.FieldLength : null;
    }

    public string this[string key] => _values.GetValueOrDefault(key, string.Empty).Trim();

    /// <summary>Raw value (not trimmed): CTX_AREA_* may carry padding that must round-trip.</summary>
    public string Raw(string key) => _values.GetValueOrDefault(key, string.Empty);
}
