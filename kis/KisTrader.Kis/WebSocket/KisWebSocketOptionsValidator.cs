using Microsoft.Extensions.Options;

namespace KisTrader.Kis.WebSocket;

/// <summary>Checks of <see cref="KisWebSocketOptions"/> that data annotations cannot express (URL scheme, delay order).</summary>
internal sealed class KisWebSocketOptionsValidator : IValidateOptions<KisWebSocketOptions>
{
    public ValidateOptionsResult Validate(string? name, KisWebSocketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != "ws" && url.Scheme != "wss")))
        {
            failures.Add($"Kis:WebSocket:BaseUrl must be an absolute ws:// or wss:// URL (got '{url}').");
        }

        if (!options.Path.StartsWith('/'))
        {
            failures.Add("Kis:WebSocket:Path must start with '/'.");
        }

        if (options.ReconnectMaxDelay < options.ReconnectInitialDelay)
        {
            failures.Add("Kis:WebSocket:ReconnectMaxDelay must not be shorter than Kis:WebSocket:ReconnectInitialDelay.");
        }

        if (options.HtsId is { Length: > 0 } hts && (hts.Contains('"', StringComparison.Ordinal) || hts.Any(char.IsWhiteSpace)))
        {
            failures.Add("Kis:WebSocket:HtsId must not contain spaces or quotes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
