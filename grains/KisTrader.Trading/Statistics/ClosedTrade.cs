using System.Collections.Immutable;
using KisTrader.Trading.Money;

namespace KisTrader.Trading.Statistics;

/// <summary>
/// A position of one session that is flat again: bought on session date D (after hours), sold on D+1. Statistics group
/// it under <see cref="SessionDate"/>. Build it with <see cref="FromFills"/> so the P&amp;L matches the fills.
/// </summary>
public sealed record ClosedTrade
{
    /// <summary>The session (buy) date D.</summary>
    public required DateOnly SessionDate { get; init; }

    /// <summary>The KRX symbol code.</summary>
    public required string Symbol { get; init; }

    /// <summary>The buy fills.</summary>
    public required ImmutableArray<Fill> Entries { get; init; }

    /// <summary>The sell fills, each with its exit reason.</summary>
    public required ImmutableArray<ExitFill> Exits { get; init; }

    /// <summary>Realised P&amp;L net of commission on both sides and tax, KRW.</summary>
    public required decimal NetPnL { get; init; }

    /// <summary>Net P&amp;L ÷ net buy cost (amount + buy commission).</summary>
    public required decimal NetReturn { get; init; }

    /// <summary>The Day-1 close the after-hours entry is measured from; null when unknown (no return attribution then).</summary>
    public decimal? Day1Close { get; init; }

    /// <summary>The first price of the exit day (end of the overnight gap); null when none was seen (no return attribution then).</summary>
    public decimal? Day2Open { get; init; }

    /// <summary>The after-hours checkpoint that decided the buy; null when unknown.</summary>
    public TimeOnly? EntryCheckpoint { get; init; }

    /// <summary>The candidate's screening score (0–100); null when unknown (left out of the score deciles).</summary>
    public decimal? Score { get; init; }

    /// <summary>
    /// When the trade went flat: the time of its last sell fill (the instant its net P&amp;L joins the equity curve).
    /// <see cref="DateTimeOffset.MinValue"/> for a trade without exits (which <see cref="Validate"/> refuses).
    /// </summary>
    public DateTimeOffset ClosedAt => Exits.IsDefaultOrEmpty ? DateTimeOffset.MinValue : Exits.Max(e => e.Fill.Time);

    /// <summary>A win is a trade with a positive net P&amp;L (zero is neither a win nor a loss).</summary>
    public bool IsWin => NetPnL > 0;

    /// <summary>A loss is a trade with a negative net P&amp;L.</summary>
    public bool IsLoss => NetPnL < 0;

    /// <summary>
    /// Replays the fills (in time order, buys first at equal times) through a <see cref="PositionLedger"/> and takes the
    /// net P&amp;L and return from it. Throws when the fills do not leave the position flat.
    /// </summary>
    public static ClosedTrade FromFills(
        DateOnly sessionDate, string symbol, IEnumerable<Fill> entries, IEnumerable<ExitFill> exits, CostModel costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var buys = entries.ToImmutableArray();
        var sells = exits.ToImmutableArray();
        var ledger = buys
            .Concat(sells.Select(e => e.Fill))
            .OrderBy(f => f.Time)
            .ThenBy(f => f.Side)
            .Aggregate(PositionLedger.Open(symbol), (l, f) => l.Apply(f, costs));
        var trade = new ClosedTrade
        {
            SessionDate = sessionDate,
            Symbol = symbol,
            Entries = buys,
            Exits = sells,
            NetPnL = ledger.RealisedPnL,
            NetReturn = ledger.NetReturn,
        };
        trade.Validate();
        return trade;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless entries are buys, exits are sells and the quantities match.</summary>
    public void Validate()
    {
        var bought = Entries.IsDefault ? 0 : Entries.Sum(f => f.Side == OrderSide.Buy ? f.Quantity : throw Bad("an entry is not a buy"));
        var sold = Exits.IsDefault ? 0 : Exits.Sum(e => e.Fill.Side == OrderSide.Sell ? e.Fill.Quantity : throw Bad("an exit is not a sell"));
        if (bought <= 0 || bought != sold)
        {
            throw Bad($"bought {bought} and sold {sold} shares: a closed trade buys some shares and sells them all");
        }
    }

    private ArgumentException Bad(string why) => new($"closed trade {Symbol} of session {SessionDate:yyyy-MM-dd}: {why}");
}
