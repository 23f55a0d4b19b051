using System.Net;
using System.Net.Sockets;

namespace KisTrader.Testing.LocalClusters;

/// <summary>
/// Where a local cluster's ports are drawn from: a base <c>hundred × 100 + <see cref="Unit"/></c> with hundred in
/// [<see cref="FirstHundred"/>, <see cref="EndHundred"/>), all of whose <see cref="Offsets"/> are free on loopback.
/// Callers that may run at once draw from different blocks or units (and below the Linux ephemeral range).
/// </summary>
public sealed record PortBlock(int FirstHundred, int EndHundred, int Unit)
{
    /// <summary>The ports deploy/cluster-local.sh uses above its base: silos, gateways, front ends, the simulator.</summary>
    public static IReadOnlyList<int> Offsets { get; } = [0, 1, 10, 11, 20, 21, 30];

    /// <summary>A base whose ports are all free now (50 random tries).</summary>
    public int FindFreeBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = (Random.Shared.Next(FirstHundred, EndHundred) * 100) + Unit;
            if (Offsets.All(o => IsFree(candidate + o)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no free block of loopback ports found");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
