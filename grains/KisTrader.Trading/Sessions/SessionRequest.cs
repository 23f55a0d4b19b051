namespace KisTrader.Trading.Sessions;

/// <summary>Who asks for a manual screen or a re-run, and why (both are journaled with the outcome).</summary>
/// <param name="RequestedBy">A user name or "console": 1–<see cref="MaxRequestedByLength"/> characters, no control characters.</param>
/// <param name="Reason">Why: 1–<see cref="MaxReasonLength"/> characters, no control characters.</param>
public sealed record SessionRequest(string? RequestedBy, string? Reason)
{
    /// <summary>Longest <see cref="RequestedBy"/>.</summary>
    public const int MaxRequestedByLength = 64;

    /// <summary>Longest <see cref="Reason"/>.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Who asked, as it may be journaled: cut to the allowed length, control characters replaced, "(none)" when empty.</summary>
    public string ClippedRequestedBy => Clip(RequestedBy, MaxRequestedByLength);

    /// <summary>Why, as it may be journaled (see <see cref="ClippedRequestedBy"/>).</summary>
    public string ClippedReason => Clip(Reason, MaxReasonLength);

    internal static bool IsValid(string? text, int max) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= max && !text.Any(char.IsControl);

    private static string Clip(string? text, int max)
    {
        var value = string.IsNullOrEmpty(text) ? "(none)" : text.Length > max ? text[..max] : text;
        return new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
    }
}
