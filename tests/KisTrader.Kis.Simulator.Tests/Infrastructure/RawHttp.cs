using System.Net.Sockets;
using System.Text;

namespace KisTrader.Kis.Simulator.Tests.Infrastructure;

/// <summary>
/// HTTP/1.1 over a bare socket, to see the exact bytes of an answer's header block (HttpClient normalises header names).
/// </summary>
public static class RawHttp
{
    /// <summary>Sends one request (Connection: close) and returns the status line and the header lines as sent.</summary>
    public static async Task<(string StatusLine, IReadOnlyList<string> HeaderLines)> SendAsync(Uri baseUrl, string method, string pathAndQuery, IEnumerable<(string Name, string Value)> headers, string? body = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseUrl.Host, baseUrl.Port, cancel);
        await using var stream = tcp.GetStream();
        var bodyBytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var text = new StringBuilder();
        text.Append(method).Append(' ').Append(pathAndQuery).Append(" HTTP/1.1\r\n");
        text.Append("Host: ").Append(baseUrl.Authority).Append("\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body is not null)
        {
            text.Append("Content-Length: ").Append(bodyBytes.Length).Append("\r\n");
        }

        text.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()), cancel);
        await stream.WriteAsync(bodyBytes, cancel);
        using var all = new MemoryStream();
        await stream.CopyToAsync(all, cancel);
        var response = Encoding.UTF8.GetString(all.ToArray());
        var headerBlock = response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var lines = headerBlock.Split("\r\n");
        return (lines[0], lines[1..]);
    }

    /// <summary>The value of the header line whose name is exactly <paramref name="name"/> (case-sensitive), or null.</summary>
    public static string? Exact(IReadOnlyList<string> lines, string name) =>
        lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line ? line[(name.Length + 1)..].Trim() : null;
}
