using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>Damages a data frame <c>enc|TR|NNN|payload</c> for the wsMalformed / wsTruncated faults.</summary>
internal static class FrameDamage
{
    /// <summary>Whether a text message is a data frame (first char 0 or 1, then '|').</summary>
    public static bool IsDataFrame(string text) => text.Length > 2 && text[0] is '0' or '1' && text[1] == '|';

    public static string Apply(string frame, FrameCorruption corruption)
    {
        var parts = frame.Split('|', 4);
        if (parts.Length < 4)
        {
            return frame;
        }

        if (corruption == FrameCorruption.Truncated)
        {
            var payload = parts[3];
            return $"{parts[0]}|{parts[1]}|{parts[2]}|{payload[..Math.Max(1, (payload.Length / 2) - 1)]}";
        }

        var count = int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return $"{parts[0]}|{parts[1]}|{Math.Min(999, count + 1):D3}|{parts[3]}";
    }
}
