namespace KisTrader.Kis.Models;

/// <summary>
/// A KIS reply could not be turned into a typed record: a required field is missing or a value is not in the documented
/// format. The message names the endpoint and the field, never a secret.
/// </summary>
public sealed class KisParseException : Exception
{
    public KisParseException()
    {
        Endpoint = string.Empty;
        Field = string.Empty;
    }

    public KisParseException(string message)
        : base(message)
    {
        Endpoint = string.Empty;
        Field = string.Empty;
    }

    public KisParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Endpoint = string.Empty;
        Field = string.Empty;
    }

    public KisParseException(string endpoint, string field, string message)
        : base(message)
    {
        Endpoint = endpoint;
        Field = field;
    }

    /// <summary>Endpoint name, e.g. "inquire-price".</summary>
    public string Endpoint { get; }

    /// <summary>The KIS field name (lower or upper case as documented), e.g. "stck_prpr"; empty when the whole output is wrong.</summary>
    public string Field { get; }
}
