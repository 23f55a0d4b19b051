using KisTrader.GrainInterfaces;
using KisTrader.Web.Clock;
using KisTrader.Web.Hosting;

namespace KisTrader.Web.Apis;

/// <summary>The answer of <c>GET /api/system/status</c>; a part that did not answer is null with its error in <see cref="Errors"/>.</summary>
/// <param name="Mode">OneProcess or Client.</param>
/// <param name="Cluster">The silo or cluster reached, for people.</param>
/// <param name="Storage">Where state and keys live (password masked).</param>
/// <param name="Simulator">The simulator's address, or null.</param>
/// <param name="Clock">The clock, its speed and whether this front end controls it.</param>
/// <param name="Silos">Active silos.</param>
/// <param name="MarketData">The KIS WebSocket session's state and registrations.</param>
/// <param name="RateBudget">The KIS REST budget's allocation (null when the app key is not known to this front end).</param>
/// <param name="Errors">Parts that did not answer, by name.</param>
public sealed record SystemStatus(
    FrontEndMode Mode,
    string Cluster,
    string Storage,
    Uri? Simulator,
    ClockState? Clock,
    IReadOnlyList<string>? Silos,
    MarketDataSummary? MarketData,
    RateBudgetStatus? RateBudget,
    IReadOnlyDictionary<string, string> Errors);

/// <summary>The market-data grain's session, without the per-owner registration list.</summary>
public sealed record MarketDataSummary(string Silo, string Connection, bool Restoring, int RegistrationsUsed, int RegistrationsLimit, long Reconnects, long FramesPublished, long DroppedEvents, DateTimeOffset? LastPublishedAt);
