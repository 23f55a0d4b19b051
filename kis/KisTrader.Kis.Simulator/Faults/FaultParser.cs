using System.Text.Json;

namespace KisTrader.Kis.Simulator.Faults;

/// <summary>Parses and checks fault JSON (one object or an array); errors name the JSON path, e.g. "faults[1].rate: …".</summary>
internal static class FaultParser
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>One fault object or an array of them.</summary>
    public static IReadOnlyList<FaultSpec> Parse(JsonElement json, string path)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            return [.. json.EnumerateArray().Select((e, i) => ParseOne(e, $"{path}[{i}]"))];
        }

        return [ParseOne(json, path)];
    }

    public static IReadOnlyList<FaultSpec> Parse(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Parse(document.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new FaultException($"{path}: not valid JSON ({ex.Message})");
        }
    }

    private static FaultSpec ParseOne(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FaultException($"{path}: a fault is a JSON object with a \"kind\".");
        }

        FaultSpec? spec;
        try
        {
            spec = json.Deserialize<FaultSpec>(Options);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? path : path + ex.Path.TrimStart('$');
            throw new FaultException($"{where}: {ex.Message}");
        }

        if (spec is null)
        {
            throw new FaultException($"{path}: a fault is a JSON object with a \"kind\".");
        }

        Check(spec, path);
        return spec;
    }

    private static void Check(FaultSpec spec, string path)
    {
        if (spec.Rate is { } rate && (rate < 0m || rate > 1m))
        {
            throw new FaultException($"{path}.rate: {rate} is not a probability between 0 and 1.");
        }

        if (spec.Count is < 1)
        {
            throw new FaultException($"{path}.count: must be at least 1.");
        }

        if (spec.From is { } from && spec.To is { } to && to <= from)
        {
            throw new FaultException($"{path}.to: must be after from.");
        }

        if (spec.Delay is { } delay && (delay <= TimeSpan.Zero || delay > TimeSpan.FromHours(1)))
        {
            throw new FaultException($"{path}.delay: must be between 0 and 1 hour (\"hh:mm:ss\").");
        }

        if (spec.Status is { } status && (status < 500 || status > 599))
        {
            throw new FaultException($"{path}.status: must be a 5xx status.");
        }

        switch (spec.Kind)
        {
            case FaultKind.OrderReject when string.IsNullOrWhiteSpace(spec.MsgCd):
                throw new FaultException($"{path}.msgCd: orderReject needs the msg_cd to answer with (e.g. \"APBK0919\").");
            case FaultKind.Slow when spec.Delay is null:
                throw new FaultException($"{path}.delay: slow needs a delay (\"hh:mm:ss\").");
            case FaultKind.InvalidateTokens or FaultKind.ExpireTokens or FaultKind.WsDrop
                when spec.Rate is not null || spec.Count is not null || spec.From is not null || spec.To is not null || spec.TrIds is not null:
                throw new FaultException($"{path}: {spec.Kind} fires once at \"at\" (or at once); rate, count, from, to and trIds do not apply.");
            case FaultKind.WsMalformed or FaultKind.WsTruncated
                when spec.Rate is not null || spec.From is not null || spec.To is not null || spec.TrIds is not null:
                throw new FaultException($"{path}: {spec.Kind} corrupts the next \"count\" data frames from \"at\" (or at once); rate, from, to and trIds do not apply.");
            case FaultKind.Http500 or FaultKind.Timeout or FaultKind.Slow or FaultKind.OrderReject or FaultKind.ReplyLost or FaultKind.RateLimit or FaultKind.WsAlreadySubscribed when spec.At is not null:
                throw new FaultException($"{path}.at: request faults use from/to, not at.");
            case FaultKind.WsAlreadySubscribed when spec.TrIds is not null:
                throw new FaultException($"{path}.trIds: wsAlreadySubscribed applies to every re-sent registration.");
            default:
                break;
        }
    }
}

/// <summary>An invalid fault definition (the message names the JSON path).</summary>
internal sealed class FaultException : Exception
{
    public FaultException(string message)
        : base(message)
    {
    }

    public FaultException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
