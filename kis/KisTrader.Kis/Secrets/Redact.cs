namespace KisTrader.Kis.Secrets;

/// <summary>
/// Masks secrets (app keys, app secrets, tokens, approval keys) and account numbers before they reach a log line,
/// an exception message or a <c>ToString()</c>. Shared by every part of the KIS client.
/// </summary>
public static class Redact
{
    private const string Stars = "****";

    /// <summary>
    /// Masks a secret: keeps at most the first four characters (never more than a quarter of the value) and replaces
    /// the rest with <c>****</c>, e.g. <c>"PS12****"</c>. Null or empty gives <c>"(none)"</c>.
    /// </summary>
    /// <param name="secret">The secret to mask.</param>
    /// <returns>A string safe to log.</returns>
    public static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "(none)";
        }

        // Short secrets reveal nothing; longer ones reveal a prefix short enough to identify which key is meant.
        var keep = Math.Min(4, secret.Length / 4);
        return string.Concat(secret.AsSpan(0, keep), Stars);
    }

    /// <summary>
    /// Masks an account number (CANO): keeps the first four digits, e.g. <c>"1234****"</c>.
    /// </summary>
    /// <param name="cano">The 8-digit account number.</param>
    /// <returns>A string safe to log.</returns>
    public static string MaskAccount(string? cano)
    {
        if (string.IsNullOrEmpty(cano))
        {
            return "(none)";
        }

        var keep = Math.Min(4, cano.Length / 2);
        return string.Concat(cano.AsSpan(0, keep), Stars);
    }
}
