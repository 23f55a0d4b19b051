namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>Knows no approval key (every subscribe gets OPSP0011) until the host registers its approval-key adapter.</summary>
internal sealed class NoApprovalKeys : IWsApprovalResolver
{
    public WsClientIdentity? Resolve(string approvalKey) => null;
}
