using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// A session closed: the day's result (strategy.md §9 figures of the session's day, from the statistics written at its
/// close) and whether every position was flat. Typed: the front ends word it.
/// </summary>
/// <param name="TradingDate">The session (its Day 1).</param>
/// <param name="ExitDate">The exit day (the next trading day), or null when the session held nothing overnight.</param>
/// <param name="Positions">Positions the session's after-hours board opened (bought or tried to buy).</param>
/// <param name="NotFlat">Symbols still held or working at the close (an alert when not empty).</param>
/// <param name="Trades">Closed trades of the session.</param>
/// <param name="Wins">Trades with a positive net P&amp;L.</param>
/// <param name="Losses">Trades with a negative net P&amp;L.</param>
/// <param name="WinRate">Wins / trades, or null without trades.</param>
/// <param name="AverageNetReturn">Average net return per trade (a fraction), or null without trades.</param>
/// <param name="TotalNetPnL">Net P&amp;L of the session's trades (KRW, after commission and tax).</param>
/// <param name="GrossProfit">Sum of the winning trades' net P&amp;L.</param>
/// <param name="GrossLoss">The losing trades' net loss, as the statistics give it (<c>PerformanceSummary.GrossLoss</c>).</param>
/// <param name="Return">Net P&amp;L over the session's budget (a fraction), or null.</param>
/// <param name="ProfitFactor">Gross profit / |gross loss|, or null when there is no loss.</param>
/// <param name="MaxDrawdown">The period's maximum drawdown (KRW).</param>
/// <param name="ExitReasons">The trades each exit rule ended, by the rule's name (a trade with several exits counts under each).</param>
/// <param name="OverallSessions">Sessions in the overall figures so far.</param>
/// <param name="OverallNetPnL">Net P&amp;L of every session so far.</param>
/// <param name="OverallWinRate">Win rate of every trade so far, or null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SessionClosed")]
public sealed record SessionClosed(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] DateOnly? ExitDate,
    [property: Id(2)] int Positions,
    [property: Id(3)] ImmutableArray<string> NotFlat,
    [property: Id(4)] int Trades,
    [property: Id(5)] int Wins,
    [property: Id(6)] int Losses,
    [property: Id(7)] decimal? WinRate,
    [property: Id(8)] decimal? AverageNetReturn,
    [property: Id(9)] decimal TotalNetPnL,
    [property: Id(10)] decimal GrossProfit,
    [property: Id(11)] decimal GrossLoss,
    [property: Id(12)] decimal? Return,
    [property: Id(13)] decimal? ProfitFactor,
    [property: Id(14)] decimal MaxDrawdown,
    [property: Id(15)] ImmutableDictionary<string, int> ExitReasons,
    [property: Id(16)] int OverallSessions,
    [property: Id(17)] decimal OverallNetPnL,
    [property: Id(18)] decimal? OverallWinRate) : TradingEventPayload
{
    /// <summary>True when the session closed with positions not flat.</summary>
    [JsonIgnore]
    public bool Alert => !NotFlat.IsDefaultOrEmpty;

    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Session;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => GrainKeys.TradingSession(TradingDate);

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => TradingDate;
}
