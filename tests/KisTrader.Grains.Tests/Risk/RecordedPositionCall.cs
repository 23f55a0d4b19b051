namespace KisTrader.Grains.Tests.Risk;

/// <summary>One kill-switch call a test-only position received.</summary>
public sealed record RecordedPositionCall(string PositionKey, string Method, string RequestedBy, string Reason);
