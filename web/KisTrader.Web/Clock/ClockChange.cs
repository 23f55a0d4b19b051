namespace KisTrader.Web.Clock;

/// <summary>One change of the simulated clock: a jump forward to <see cref="To"/>, a new <see cref="Speed"/>, pause or resume.</summary>
public sealed record ClockChange(DateTimeOffset? To = null, decimal? Speed = null, bool? Paused = null);
