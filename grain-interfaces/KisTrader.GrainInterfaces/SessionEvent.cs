namespace KisTrader.GrainInterfaces;

/// <summary>A trading session changed state (published on the <c>events</c> stream, stream key <see cref="StreamKey"/>).</summary>
/// <param name="TradingDate">The session date.</param>
/// <param name="Phase">The state entered.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, for people.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SessionEvent")]
public sealed record SessionEvent(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] SessionPhase Phase,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Reason)
{
    /// <summary>The key of the session events' stream in <see cref="ProviderNames.EventsNamespace"/> (one stream for all dates).</summary>
    public const string StreamKey = "sessions";
}
