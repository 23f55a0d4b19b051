namespace KisTrader.GrainInterfaces;

/// <summary>The market-data grain's changes worth telling (never a tick: those are on <c>ticks/&lt;symbol&gt;</c>).</summary>
[GenerateSerializer, Alias("KisTrader.MarketDataChange")]
public enum MarketDataChange
{
    /// <summary>An owner took holds on kinds of a symbol (<see cref="MarketDataChanged.NewRegistrations"/> of them new at KIS).</summary>
    Subscribed = 0,

    /// <summary>An owner released holds; a registration whose last owner went is gone at KIS.</summary>
    Released = 1,

    /// <summary>A subscription was refused (e.g. the 41-registration cap): nothing of the call is held.</summary>
    Refused = 2,

    /// <summary>A registration was evicted by a higher-priority one (or refused when re-sent after a reconnect): held, waiting for a slot.</summary>
    Parked = 3,

    /// <summary>A parked registration got a slot back and is registered again.</summary>
    Unparked = 4,

    /// <summary>The WebSocket session dropped; the client reconnects with backoff.</summary>
    ConnectionLost = 5,

    /// <summary>A new session is open after a drop; the held registrations are re-sent.</summary>
    Reconnected = 6,

    /// <summary>An activation (after a deactivation, a migration or a dead silo) re-took the persisted holds.</summary>
    Restored = 7,

    /// <summary>A persisted hold KIS refused for good while restoring: dropped from the table.</summary>
    RestoreDropped = 8,
}
