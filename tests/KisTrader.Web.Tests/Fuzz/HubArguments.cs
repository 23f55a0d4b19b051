using System.Reflection;
using System.Text.Json;
using KisTrader.Web.Hubs;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// Wrong invocations of every method of <see cref="TradingHub"/> (found by reflection, so a method added later is
/// fuzzed too): bad values of each parameter's type, values of the wrong JSON type, too few or too many arguments.
/// None is an input the hub could act on.
/// </summary>
internal static class HubArguments
{
    private static readonly string[] Texts =
    [
        "null", "\"\"", "\" \"", "\"\\u0000\"", "\"005930; DROP\"", "\"ÄÖÜ 한글\"", "\"../..\"", "\"-1\"", "\"signalz\"", "\"0059300\"",
        "42", "true", "{}", "[]", "[\"005930\"]", "1e400",
    ];

    private static readonly string[] Objects =
    [
        "null", "{}", "[]", "\"x\"", "42", "{\"minimumMove\":-1,\"categories\":[]}", "{\"minimumMove\":31,\"categories\":[]}",
        "{\"minimumMove\":1.234,\"categories\":[]}", "{\"minimumMove\":1,\"categories\":null}", "{\"minimumMove\":1,\"categories\":[\"nope\"]}",
        "{\"minimumMove\":1,\"categories\":[\"signals\",\"signals\"]}", "{\"minimumMove\":\"3\",\"categories\":[]}", "{\"minimumMove\":1e400,\"categories\":[]}",
        "{\"minimumMove\":79228162514264337593543950335,\"categories\":[]}", "{\"minimumMove\":1,\"categories\":[1,2]}",
        "{\"minimumMove\":1,\"categories\":[\"signals\",\"orders\",\"fills\",\"exits\",\"risk\",\"system\",\"errors\"]}", "{\"minimumMove\":1,\"categories\":[null]}",
    ];

    /// <summary>The hub's own methods (not the base class's connection callbacks).</summary>
    public static IReadOnlyList<MethodInfo> Methods() =>
    [
        .. typeof(TradingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(TradingHub.OnConnectedAsync) or nameof(TradingHub.OnDisconnectedAsync)))
            .OrderBy(m => m.Name, StringComparer.Ordinal),
    ];

    /// <summary><paramref name="count"/> seeded wrong argument lists for <paramref name="method"/>.</summary>
    public static IEnumerable<object?[]> For(MethodInfo method, Random random, int count)
    {
        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            yield return [];
        }

        yield return [.. parameters.Select(p => Value(p.ParameterType, random)), Parse("\"extra\"")];
        if (parameters.Length == 0)
        {
            yield break;
        }

        for (var i = 0; i < count; i++)
        {
            yield return [.. parameters.Select(p => Value(p.ParameterType, random))];
        }
    }

    private static object? Value(Type type, Random random)
    {
        var text = type == typeof(string)
            ? random.Next(8) == 0 ? JsonSerializer.Serialize(FuzzValues.Huge(random)) : random.Pick(Texts)
            : random.Pick(Objects);
        return text == "null" ? null : Parse(text);
    }

    private static object? Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON the client can send (1e400 is, as a number token it keeps): the nearest it can, a huge number as text.
            return json;
        }
    }
}
