using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>
/// The simulator's approval keys, except that after <see cref="FailNext"/> the next request fails like an unreachable
/// REST host: the one failure the simulator cannot produce on the approval endpoint without failing everything else.
/// </summary>
internal sealed class FailingOnceApprovalKeySource(IApprovalKeySource inner) : IApprovalKeySource
{
    private int _fail;

    public int Failures { get; private set; }

    public void FailNext() => Volatile.Write(ref _fail, 1);

    public ValueTask<string> GetApprovalKeyAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _fail, 0) == 1)
        {
            Failures++;
            throw new HttpRequestException("approval endpoint unreachable (test)");
        }

        return inner.GetApprovalKeyAsync(ct);
    }

    public ValueTask InvalidateApprovalKeyAsync(CancellationToken ct) => inner.InvalidateApprovalKeyAsync(ct);
}
