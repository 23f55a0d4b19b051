namespace KisTrader.Kis.WebSocket;

/// <summary>A realtime frame or field that cannot be read (bad number, bad time). The frame is counted and skipped.</summary>
internal sealed class FrameFormatException(string message) : FormatException(message);
