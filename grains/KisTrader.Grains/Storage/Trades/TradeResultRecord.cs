using System.Collections.Immutable;

namespace KisTrader.Grains.Storage;

/// <summary>
/// A position's result when it is flat again (issue 10 "On close"): written once by the position grain, read by the
/// statistics (per day / week / month / overall and the attribution tables). No full account number.
/// </summary>
public sealed record TradeResultRecord
{
    /// <summary>The position key (entry date + code), the record's identity.</summary>
    public required string PositionKey { get; init; }

    /// <summary>The Day-1 session date (statistics group by it).</summary>
    public required DateOnly EntryDate { get; init; }

    /// <summary>The KST date of the last sell.</summary>
    public required DateOnly ExitDate { get; init; }

    /// <summary>The 6-digit code.</summary>
    public required string Symbol { get; init; }

    /// <summary>The masked account (1234****-01).</summary>
    public required string AccountRef { get; init; }

    /// <summary>The Day-1 close the entry threshold was measured from.</summary>
    public required decimal Day1Close { get; init; }

    /// <summary>The first price of the exit day (the overnight gap's end), or null when none was seen.</summary>
    public decimal? Day2Open { get; init; }

    /// <summary>The after-hours checkpoint that decided the buy.</summary>
    public required TimeOnly EntryCheckpoint { get; init; }

    /// <summary>The candidate's rank in the screen.</summary>
    public required int Rank { get; init; }

    /// <summary>The candidate's total score.</summary>
    public required decimal Score { get; init; }

    /// <summary>Every buy and sell fill, in time order.</summary>
    public required ImmutableArray<TradeFillRecord> Fills { get; init; }

    /// <summary>Commission on the buys (KRW).</summary>
    public required decimal BuyCommission { get; init; }

    /// <summary>Commission on the sells (KRW).</summary>
    public required decimal SellCommission { get; init; }

    /// <summary>Transaction tax on the sells (KRW).</summary>
    public required decimal SellTax { get; init; }

    /// <summary>Net P&amp;L (KRW) after commission and tax.</summary>
    public required decimal NetPnL { get; init; }

    /// <summary>Net P&amp;L ÷ net buy cost.</summary>
    public required decimal NetReturn { get; init; }

    /// <summary>First buy fill.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>Last sell fill.</summary>
    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>Holding time from the first buy fill to the last sell fill.</summary>
    public TimeSpan HoldingTime => ClosedAt - OpenedAt;
}
