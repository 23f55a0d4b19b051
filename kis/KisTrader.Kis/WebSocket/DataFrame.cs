using System.Globalization;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// A realtime data frame <c>enc|TR_ID|NNN|payload</c> (kis-api.md §5.3), split on the first three '|' only.
/// </summary>
internal readonly record struct DataFrame(bool Encrypted, string TrId, int Count, string Payload)
{
    /// <summary>Data frames start with '0' (plain) or '1' (encrypted); anything else is a JSON control message.</summary>
    public static bool IsDataFrame(string text) => text.Length > 0 && (text[0] == '0' || text[0] == '1');

    public static bool TryParse(string text, out DataFrame frame)
    {
        frame = default;
        var first = text.IndexOf('|', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf('|', first + 1);
        var third = second < 0 ? -1 : text.IndexOf('|', second + 1);
        if (first != 1 || third < 0 || (text[0] != '0' && text[0] != '1'))
        {
            return false;
        }

        var trId = text[(first + 1)..second];
        if (trId.Length == 0 || !int.TryParse(text.AsSpan(second + 1, third - second - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return false;
        }

        frame = new DataFrame(text[0] == '1', trId, count, text[(third + 1)..]);
        return true;
    }
}
