namespace KisTrader.GrainInterfaces;

/// <summary>What changed on an order (<see cref="OrderChanged.Change"/>).</summary>
[GenerateSerializer, Alias("KisTrader.OrderChange")]
public enum OrderChange
{
    /// <summary>The intent was persisted (before anything was sent).</summary>
    Created = 0,

    /// <summary>A risk gate refused it before sending (alert).</summary>
    GateRefused = 1,

    /// <summary>The POST is about to be sent (persisted first).</summary>
    Submitting = 2,

    /// <summary>The broker accepted it (order number known).</summary>
    Accepted = 3,

    /// <summary>The broker refused it for a business reason (msg_cd/msg1; alert; never retried).</summary>
    Rejected = 4,

    /// <summary>A technical failure; a retry is scheduled.</summary>
    RetryScheduled = 5,

    /// <summary>Technical failures used every retry (alert).</summary>
    GaveUp = 6,

    /// <summary>Sent without an answer: it is looked up before anything else.</summary>
    OutcomeUnknown = 7,

    /// <summary>The lookup found it: its order number is adopted.</summary>
    Adopted = 8,

    /// <summary>The lookup proved it absent: it will be sent again.</summary>
    ProvenAbsent = 9,

    /// <summary>The lookup found several candidates: symbol halted, alert, a person decides.</summary>
    Ambiguous = 10,

    /// <summary>An execution was counted (<see cref="OrderChanged.Fill"/>).</summary>
    Filled = 11,

    /// <summary>The unfilled rest is cancelled.</summary>
    Cancelled = 12,

    /// <summary>A cancel was sent (or refused: <see cref="OrderChanged.Code"/>).</summary>
    CancelRequested = 13,

    /// <summary>The unfilled rest was converted to a market order (new order number).</summary>
    ConvertedToMarket = 14,

    /// <summary>The session ended with an unfilled rest.</summary>
    Expired = 15,
}
