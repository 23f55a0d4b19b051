namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>Who an approval key belongs to.</summary>
/// <param name="AppKey">The app key the approval key was issued for (one session per app key).</param>
/// <param name="IsPaper">Paper (모의투자) profile: only H0STCNT0, H0STASP0 and H0STCNI9 are available.</param>
internal sealed record WsClientIdentity(string AppKey, bool IsPaper);

/// <summary>Resolves approval keys issued by /oauth2/Approval (simhost's store behind an adapter).</summary>
internal interface IWsApprovalResolver
{
    WsClientIdentity? Resolve(string approvalKey);
}
