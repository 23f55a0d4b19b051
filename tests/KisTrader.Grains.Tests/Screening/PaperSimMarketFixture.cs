namespace KisTrader.Grains.Tests.Screening;

/// <summary>
/// The same seeded market as <see cref="SimMarketFixture"/> served by a 모의투자 (Paper) simulator, with a client whose
/// environment is Paper: V… account TR IDs, and the real-only endpoints (volume-rank among them) refused by the client
/// before any call. The simulator's rate limit is off and the client's paper budget (1/s) is lifted: these tests count
/// calls; the <c>screening</c> benchmark measures time at 1 call/s.
/// </summary>
public sealed class PaperSimMarketFixture() : SimMarketFixture(paper: true);
