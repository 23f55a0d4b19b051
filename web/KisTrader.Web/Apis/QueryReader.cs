using System.Globalization;

namespace KisTrader.Web.Apis;

/// <summary>
/// Reads a request's query strictly: only the named parameters, each at most once and well formed; every fault is
/// collected and answered as one RFC 7807 validation problem keyed by the parameter.
/// </summary>
internal sealed class QueryReader(HttpRequest request, params string[] allowed)
{
    private readonly Dictionary<string, string[]> _errors = [];

    /// <summary>A parameter's text, or null when absent.</summary>
    public string? Text(string name, int maxLength = 64)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1 || string.IsNullOrWhiteSpace(values[0]) || values[0]!.Length > maxLength || values[0]!.Any(char.IsControl))
        {
            _errors[name] = [string.Create(CultureInfo.InvariantCulture, $"must be given once, 1 to {maxLength} characters")];
            return null;
        }

        return values[0]!.Trim();
    }

    /// <summary>A date yyyy-MM-dd (2000–2100), or null when absent.</summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name, 10);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        _errors[name] = [$"must be a date yyyy-MM-dd between 2000 and 2100 (value '{text}')"];
        return null;
    }

    /// <summary>A whole number in [min, max], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        var text = Text(name, 10);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        _errors[name] = [string.Create(CultureInfo.InvariantCulture, $"must be one whole number from {min} to {max}")];
        return fallback;
    }

    /// <summary>An enum value by name (case-insensitive, names only), or null when absent.</summary>
    public T? Enum<T>(string name)
        where T : struct, Enum
    {
        var text = Text(name, 32);
        if (text is null)
        {
            return null;
        }

        if (!text.All(char.IsAsciiLetter) || !System.Enum.TryParse<T>(text, ignoreCase: true, out var value))
        {
            _errors[name] = [$"must be one of {string.Join(", ", System.Enum.GetNames<T>())}"];
            return null;
        }

        return value;
    }

    /// <summary>A 6-digit KRX code, or null when absent.</summary>
    public string? Symbol(string name)
    {
        var text = Text(name, 6);
        if (text is not null && !KisTrader.GrainInterfaces.GrainKeys.IsSymbol(text))
        {
            _errors[name] = [$"must be a 6-digit KRX code such as 005930 (value '{text}')"];
            return null;
        }

        return text;
    }

    /// <summary>Adds an error of the caller's own check.</summary>
    public void Fail(string name, string message) => _errors[name] = [message];

    /// <summary>The problem (unknown parameters included), or null when the query is valid.</summary>
    public IResult? Problem()
    {
        foreach (var key in request.Query.Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)))
        {
            _errors[key] = [$"is not a parameter of this endpoint ({(allowed.Length == 0 ? "none" : string.Join(", ", allowed))})"];
        }

        return _errors.Count > 0 ? Problems.Problem.Validation(_errors) : null;
    }
}
