namespace KisTrader.Grains.Storage.Orders;

/// <summary>A row of <c>journal.order_submissions</c>.</summary>
/// <param name="OrderId">The order's journal id.</param>
/// <param name="Attempt">1-based attempt.</param>
/// <param name="SubmittedAt">When the POST was sent.</param>
/// <param name="Outcome">Accepted, Rejected, NotSent or Unknown.</param>
/// <param name="BrokerOrderNo">ODNO when accepted.</param>
/// <param name="BrokerOrgNo">KRX_FWDG_ORD_ORGNO when accepted.</param>
/// <param name="MessageCode">msg_cd (or the client's local code).</param>
/// <param name="Message">msg1 (or the client's description).</param>
public sealed record OrderSubmissionRecord(
    Guid OrderId, int Attempt, DateTimeOffset SubmittedAt, string Outcome, string? BrokerOrderNo, string? BrokerOrgNo, string? MessageCode, string Message);
