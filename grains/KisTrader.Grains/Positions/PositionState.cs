using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Positions;

/// <summary>
/// Persisted state of <see cref="PositionGrain"/>. The fills are the truth: quantity, average and P&amp;L are rebuilt from
/// them (<see cref="PositionLedgers"/>); the orders are kept with their intents so an order whose placement got no answer
/// is placed again (idempotently, same client id) by the next wake.
/// </summary>
[GenerateSerializer, Alias("KisTrader.PositionState")]
internal sealed class PositionState
{
    [Id(0)]
    public PositionEntry? Entry { get; set; }

    [Id(1)]
    public PositionStatus Status { get; set; }

    /// <summary>The position's orders, oldest first (the buy, then the sells).</summary>
    [Id(2)]
    public List<PositionOrder> Orders { get; set; } = [];

    /// <summary>Every fill applied, once each by its fill key, in the order applied.</summary>
    [Id(3)]
    public List<PositionFill> Fills { get; set; } = [];

    /// <summary>The sequence number of the next sell order ('S', n).</summary>
    [Id(4)]
    public int NextSell { get; set; } = 1;

    /// <summary>The partial take profit was placed (it happens once).</summary>
    [Id(5)]
    public bool PartialTaken { get; set; }

    /// <summary>The trading day the position exits on (the next trading day after the entry; later only after a carry-over).</summary>
    [Id(6)]
    public DateOnly? ExitDate { get; set; }

    /// <summary>The first trade price of the exit day, once seen.</summary>
    [Id(7)]
    public decimal? Day2Open { get; set; }

    /// <summary>The latest trade price seen.</summary>
    [Id(8)]
    public decimal? LastPrice { get; set; }

    /// <summary>Who asked to flatten, or null.</summary>
    [Id(9)]
    public string? FlattenBy { get; set; }

    /// <summary>Why (machine-readable), or null.</summary>
    [Id(10)]
    public string? FlattenReason { get; set; }

    /// <summary>The risk grain was told to track the position (from its entry, so a working buy is reached too).</summary>
    [Id(11)]
    public bool RiskToldOpen { get; set; }

    /// <summary>The trade result was written to the journal.</summary>
    [Id(12)]
    public bool ResultRecorded { get; set; }

    /// <summary>Sells the broker or a gate rejected (the position stops selling by itself after a few: a person decides).</summary>
    [Id(13)]
    public int RejectedSells { get; set; }

    [Id(14)]
    public DateTimeOffset UpdatedAt { get; set; }
}
