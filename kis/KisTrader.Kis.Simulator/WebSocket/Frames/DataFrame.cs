using System.Globalization;
using System.Text;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// KIS realtime data frames (kis-api.md §5.3): <c>enc|TR_ID|NNN|payload</c>. Plain payloads are the records' fields
/// joined with '^', records simply concatenated with '^'; NNN is the 3-digit record count.
/// </summary>
internal static class DataFrame
{
    /// <summary>A plain ("0|…") frame of one or more records of exactly <paramref name="fieldCount"/> fields each.</summary>
    public static string Plain(string trId, int fieldCount, IReadOnlyList<IReadOnlyList<string>> records) =>
        string.Create(CultureInfo.InvariantCulture, $"0|{trId}|{Count(records.Count)}|{Payload(fieldCount, records)}");

    /// <summary>An encrypted ("1|…") frame carrying a Base64 AES payload of <paramref name="count"/> records.</summary>
    public static string Encrypted(string trId, int count, string base64Payload) =>
        string.Create(CultureInfo.InvariantCulture, $"1|{trId}|{Count(count)}|{base64Payload}");

    /// <summary>Records joined for the wire (also the plaintext of an encrypted frame).</summary>
    public static string Payload(int fieldCount, IReadOnlyList<IReadOnlyList<string>> records)
    {
        var builder = new StringBuilder();
        foreach (var record in records)
        {
            if (record.Count != fieldCount)
            {
                throw new ArgumentException($"A record has {record.Count} fields; this TR has {fieldCount}.", nameof(records));
            }

            foreach (var field in record)
            {
                if (field.Contains('^', StringComparison.Ordinal) || field.Contains('|', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Field '{field}' contains a separator.", nameof(records));
                }

                if (builder.Length > 0)
                {
                    builder.Append('^');
                }

                builder.Append(field);
            }
        }

        return builder.ToString();
    }

    private static string Count(int count) =>
        count is >= 1 and <= 999 ? count.ToString("D3", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(count), count, "1..999 records per frame.");
}
