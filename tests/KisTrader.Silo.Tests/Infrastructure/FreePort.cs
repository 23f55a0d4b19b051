using System.Net;
using System.Net.Sockets;

namespace KisTrader.Silo.Tests.Infrastructure;

/// <summary>Loopback ports that were free a moment ago (the OS picks them), so parallel tests and runs do not collide.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
