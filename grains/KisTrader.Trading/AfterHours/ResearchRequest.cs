namespace KisTrader.Trading.AfterHours;

/// <summary>
/// "Nothing bought by the re-search checkpoint": re-run the screen over the day's cached data this many relax levels
/// looser than the level the session's screen kept, add the new symbols with <see cref="AfterHoursPlanner.AddResearchedSymbols"/>,
/// and they are evaluated from <see cref="EvaluateAt"/>.
/// </summary>
/// <param name="RelaxLevels">How many relax levels looser (default 1).</param>
/// <param name="RequestedAt">The checkpoint that found nothing bought.</param>
/// <param name="EvaluateAt">The checkpoint at which the new symbols are first evaluated.</param>
public sealed record ResearchRequest(int RelaxLevels, TimeOnly RequestedAt, TimeOnly EvaluateAt);
