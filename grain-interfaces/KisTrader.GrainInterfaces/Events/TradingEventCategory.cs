namespace KisTrader.GrainInterfaces;

/// <summary>What kind of subject a <see cref="TradingEvent"/> is about (the journal's <c>stream</c> column, lower-case with dashes).</summary>
[GenerateSerializer, Alias("KisTrader.TradingEventCategory")]
public enum TradingEventCategory
{
    /// <summary>A trading session (subject: its ISO date); journal stream "session".</summary>
    Session = 0,

    /// <summary>A brokerage account (subject: the masked account, 1234****-01); journal stream "account".</summary>
    Account = 1,

    /// <summary>The KRX schedule (subject: <see cref="GrainKeys.Schedule"/>); journal stream "schedule".</summary>
    Schedule = 2,

    /// <summary>An app key's REST budget (subject: the key id); journal stream "rate-budget".</summary>
    RateBudget = 3,

    /// <summary>An app key's token store (subject: the key id; never the token); journal stream "kis-auth".</summary>
    KisAuth = 4,

    /// <summary>The market-data grain (subject: <see cref="GrainKeys.MarketData"/>): registrations, refusals, evictions, the session; journal stream "market-data".</summary>
    MarketData = 5,

    /// <summary>A listed symbol (subject: its 6-digit code): listing facts, screened features, watch/unwatch; journal stream "symbol".</summary>
    Symbol = 6,

    /// <summary>An order (subject: its client order id): intent, submissions, broker numbers, state changes, fills; journal stream "order".</summary>
    Order = 7,

    /// <summary>A position (subject: its position key, 2026-12-04/005930): entry, fills, exit decisions, result; journal stream "position".</summary>
    Position = 8,

    /// <summary>A session's after-hours board (subject: its ISO date): checkpoints, observed prices, decisions; journal stream "after-hours".</summary>
    AfterHours = 9,

    /// <summary>An account's risk state (subject: the account key): gate refusals, kill switch, halts; journal stream "risk".</summary>
    Risk = 10,

    /// <summary>A reconciliation of broker and journal (subject: the account key); journal stream "reconciliation".</summary>
    Reconciliation = 11,

    /// <summary>An account's run-time portfolio configuration (subject: the account key); journal stream "portfolio".</summary>
    Portfolio = 12,
}
