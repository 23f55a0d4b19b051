using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>
/// A byte-level WebSocket client (RFC 6455) for what ClientWebSocket cannot do: send an unsolicited pong frame, as the
/// official KIS samples answer PINGPONG (<c>await ws.pong(raw)</c>).
/// </summary>
internal sealed class RawWsClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawWsClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawWsClient> ConnectAsync(Uri url)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port, TestContext.Current.CancellationToken);
        var client = new RawWsClient(tcp);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET /tryitout HTTP/1.1\r\nHost: {url.Host}:{url.Port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await client._stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        var response = new StringBuilder();
        var one = new byte[1];
        while (!response.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await client._stream.ReadAsync(one, TestContext.Current.CancellationToken) == 0)
            {
                throw new IOException("Handshake interrupted.");
            }

            response.Append((char)one[0]);
        }

        Assert.StartsWith("HTTP/1.1 101", response.ToString(), StringComparison.Ordinal);
        return client;
    }

    /// <summary>Writes a masked client frame (FIN set) with <paramref name="opcode"/> (1 text, 0xA pong).</summary>
    public async Task WriteFrameAsync(byte opcode, byte[] payload)
    {
        var mask = RandomNumberGenerator.GetBytes(4);
        using var frame = new MemoryStream();
        frame.WriteByte((byte)(0x80 | opcode));
        if (payload.Length < 126)
        {
            frame.WriteByte((byte)(0x80 | payload.Length));
        }
        else
        {
            frame.WriteByte(0x80 | 126);
            frame.WriteByte((byte)(payload.Length >> 8));
            frame.WriteByte((byte)payload.Length);
        }

        frame.Write(mask);
        for (var i = 0; i < payload.Length; i++)
        {
            frame.WriteByte((byte)(payload[i] ^ mask[i % 4]));
        }

        await _stream.WriteAsync(frame.ToArray(), TestContext.Current.CancellationToken);
    }

    /// <summary>Reads one unmasked server frame; returns (opcode, payload). Opcode 8 = close.</summary>
    public async Task<(int Opcode, string Payload)> ReadFrameAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var head = await ReadExactlyAsync(2, timeout.Token);
        if (head.Length == 0)
        {
            return (8, string.Empty);
        }

        long length = head[1] & 0x7F;
        if (length == 126)
        {
            var ext = await ReadExactlyAsync(2, timeout.Token);
            length = (ext[0] << 8) | ext[1];
        }
        else if (length == 127)
        {
            var ext = await ReadExactlyAsync(8, timeout.Token);
            length = ext.Aggregate(0L, (acc, b) => (acc << 8) | b);
        }

        var payload = await ReadExactlyAsync((int)length, timeout.Token);
        return (head[0] & 0x0F, Encoding.UTF8.GetString(payload));
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = await _stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return read == 0 ? [] : throw new IOException("Connection closed mid-frame.");
            }

            read += n;
        }

        return buffer;
    }

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
