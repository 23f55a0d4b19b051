using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>Adapter: the WebSocket server's <see cref="IWsApprovalResolver"/> over the host's <see cref="IApprovalKeyStore"/>.</summary>
internal sealed class ApprovalKeyResolver(IApprovalKeyStore store) : IWsApprovalResolver
{
    public WsClientIdentity? Resolve(string approvalKey) =>
        store.Resolve(approvalKey) is { } info ? new WsClientIdentity(info.AppKey, info.Profile == SimProfile.Paper) : null;
}
