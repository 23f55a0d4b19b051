using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>Approval keys the test hands out: "approval-real-N" / "approval-paper-N" belong to app keys "real-N" / "paper-N".</summary>
internal sealed class FakeApprovals : IWsApprovalResolver
{
    public WsClientIdentity? Resolve(string approvalKey) => approvalKey switch
    {
        _ when approvalKey.StartsWith("approval-real-", StringComparison.Ordinal) => new WsClientIdentity("real-" + approvalKey["approval-real-".Length..], false),
        _ when approvalKey.StartsWith("approval-paper-", StringComparison.Ordinal) => new WsClientIdentity("paper-" + approvalKey["approval-paper-".Length..], true),
        _ => null,
    };
}
