using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KisTrader.Kis.Simulator.Control;

/// <summary>JSON of the control API: camelCase, enums as camelCase strings, nulls omitted, Korean unescaped.</summary>
internal static class ControlJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IResult Ok(object value) => Results.Json(value, Options);

    public static IResult Problem(int status, string error) => Results.Json(new ControlError(error), Options, statusCode: status);
}

/// <summary>The body of a refused control call.</summary>
internal sealed record ControlError(string Error);
