using KisTrader.Kis.Models;

namespace KisTrader.Kis.Client;

/// <summary>The result of an order-cash or order-rvsecncl call.</summary>
/// <param name="Outcome">Accepted, rejected, not sent or unknown.</param>
/// <param name="Reply">The broker's answer (order number, branch, time) when accepted.</param>
/// <param name="MsgCd">KIS msg_cd (accepted or rejected), or a local reason code when not sent/unknown.</param>
/// <param name="Msg1">KIS msg1, or a description of the failure.</param>
/// <param name="SentAt">When the call started (our clock): the start of the FindOrder time window.</param>
/// <param name="Failure">The exception behind an unknown or not-sent outcome.</param>
public sealed record OrderResult(OrderOutcome Outcome, OrderReply? Reply, string MsgCd, string Msg1, DateTimeOffset SentAt, Exception? Failure = null)
{
    /// <summary>True when the broker has the order for certain.</summary>
    public bool IsAccepted => Outcome == OrderOutcome.Accepted;

    /// <summary>True when the order may exist without our knowing its number.</summary>
    public bool IsUnknown => Outcome == OrderOutcome.Unknown;
}
