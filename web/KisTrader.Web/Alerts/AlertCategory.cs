namespace KisTrader.Web.Alerts;

/// <summary>The alert categories a dashboard subscribes to (hub names in <see cref="AlertCategories"/>).</summary>
public enum AlertCategory
{
    /// <summary>Screening, candidates, sessions, after-hours checkpoints and buy signals.</summary>
    Signals,

    /// <summary>Orders: intents, submissions, broker numbers, state changes.</summary>
    Orders,

    /// <summary>Fills: the broker's 체결통보 and fills recorded on orders and positions.</summary>
    Fills,

    /// <summary>Positions and their exits.</summary>
    Exits,

    /// <summary>Risk gates, kill switch, reconciliation differences and errors (e.g. the KIS budget paused).</summary>
    Risk,

    /// <summary>Schedule, KIS token and budget, market-data registrations, account snapshots.</summary>
    System,
}
