namespace KisTrader.GrainInterfaces;

/// <summary>What changed in a position (<see cref="PositionChanged.Change"/>).</summary>
[GenerateSerializer, Alias("KisTrader.PositionChange")]
public enum PositionChange
{
    /// <summary>The entry was accepted and its buy handed to its order grain.</summary>
    EntryPlaced = 0,

    /// <summary>An order of the position changed (state or fills).</summary>
    OrderUpdated = 1,

    /// <summary>The first shares were bought: the position is open.</summary>
    Opened = 2,

    /// <summary>The first trade price of the exit day was seen (the overnight gap's end).</summary>
    FirstPrice = 3,

    /// <summary>An exit rule (or a flatten) decided a sell; its order was handed to a new order grain.</summary>
    ExitPlaced = 4,

    /// <summary>An exit limit order was converted to a market order (30 s timeout or the 15:25 deadline).</summary>
    ExitConverted = 5,

    /// <summary>The position is flat: the trade result is journaled.</summary>
    Closed = 6,

    /// <summary>The buy ended with nothing filled: no position.</summary>
    Abandoned = 7,

    /// <summary>A flatten was requested (kill switch or manual); it sells at the first session the broker accepts.</summary>
    FlattenRequested = 8,

    /// <summary>Cancelling the unfilled rest of the buy was requested.</summary>
    EntryCancelRequested = 9,
}
