namespace KisTrader.Trading.Options;

/// <summary>Thrown at start-up when configuration is invalid; the message names every failing setting.</summary>
public sealed class InvalidOptionsException : Exception
{
    public InvalidOptionsException(IReadOnlyList<string> errors)
        : base("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public InvalidOptionsException()
        : this([])
    {
    }

    public InvalidOptionsException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public InvalidOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>One line per failing setting, each starting with its configuration path.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
