using System.Security.Claims;
using KisTrader.Web.Problems;

namespace KisTrader.Web.Apis;

/// <summary>Who asked (the API key's name, journaled with every change) and why (a checked reason).</summary>
internal static class Requester
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 200;

    /// <summary><c>api:&lt;key name&gt;</c>, at most 64 characters.</summary>
    public static string Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var who = $"api:{user.Identity?.Name ?? "?"}";
        return who[..Math.Min(who.Length, 64)];
    }

    /// <summary>The trimmed reason, or the problem saying what a reason must be.</summary>
    public static IResult? Reason(string? text, out string reason)
    {
        reason = text?.Trim() ?? "";
        return reason.Length is 0 or > MaxReasonLength || reason.Any(char.IsControl)
            ? Problem.Validation("reason", $"is required: 1 to {MaxReasonLength} characters without control characters")
            : null;
    }
}

/// <summary>A body holding only why (journaled with the key's name).</summary>
internal sealed record ReasonRequest(string? Reason);
