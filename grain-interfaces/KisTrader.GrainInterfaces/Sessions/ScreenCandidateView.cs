using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A ranked candidate with its six values and sub-scores (strategy.md §3).</summary>
/// <param name="Rank">1-based rank.</param>
/// <param name="Code">6-digit code.</param>
/// <param name="Name">Korean name.</param>
/// <param name="Market">"Kospi" or "Kosdaq".</param>
/// <param name="Close">The day's close, KRW.</param>
/// <param name="DayTradingValue">거래대금, KRW.</param>
/// <param name="Score">0 … 100.</param>
/// <param name="Values">C1…C6 values.</param>
/// <param name="SubScores">C1…C6 sub-scores (0 … 1).</param>
/// <param name="Level">The level it passed at.</param>
/// <param name="Role">"Selected", "Backup" or "Candidate".</param>
/// <param name="PreviousClose">The previous close (기준가), KRW; 0 in screens persisted before it was kept.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreenCandidateView")]
public sealed record ScreenCandidateView(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Code,
    [property: Id(2)] string Name,
    [property: Id(3)] string Market,
    [property: Id(4)] decimal Close,
    [property: Id(5)] decimal DayTradingValue,
    [property: Id(6)] decimal Score,
    [property: Id(7)] ImmutableArray<decimal> Values,
    [property: Id(8)] ImmutableArray<decimal> SubScores,
    [property: Id(9)] string Level,
    [property: Id(10)] string Role,
    [property: Id(11)] decimal PreviousClose = 0m);
