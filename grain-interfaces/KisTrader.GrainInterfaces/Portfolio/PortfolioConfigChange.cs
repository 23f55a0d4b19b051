namespace KisTrader.GrainInterfaces;

/// <summary>One change of an account's portfolio overrides: who, why, when and what they became.</summary>
/// <param name="Version">The configuration's version after the change.</param>
/// <param name="At">When.</param>
/// <param name="RequestedBy">Who (e.g. <c>api:&lt;key name&gt;</c>).</param>
/// <param name="Reason">Why (the person's words).</param>
/// <param name="Overrides">The overrides after the change (empty = back to the defaults).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioConfigChange")]
public sealed record PortfolioConfigChange(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string RequestedBy,
    [property: Id(3)] string Reason,
    [property: Id(4)] PortfolioOverrides Overrides)
{
    /// <summary>How many changes the grain keeps in its state (the journal keeps every one as an event).</summary>
    public const int Kept = 50;
}
