using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>A fixed approval key for the scripted server (which accepts any).</summary>
internal sealed class StaticApprovalKeySource : IApprovalKeySource
{
    public ValueTask<string> GetApprovalKeyAsync(CancellationToken ct) => ValueTask.FromResult("scripted-approval-key");

    public ValueTask InvalidateApprovalKeyAsync(CancellationToken ct) => ValueTask.CompletedTask;
}
