using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using KisTrader.Kis.Simulator.Hosting;

namespace KisTrader.Testing.Simulator;

/// <summary>
/// What a secrets sweep searches for: the access tokens and WebSocket approval keys a simulator issued (in process: read
/// from its token and approval-key stores, which keep the issued values as their dictionaries' keys; a simulator process:
/// its loopback-only control endpoint <c>GET /sim/auth/issued</c>), and the forms a value can leak in besides its text.
/// </summary>
public static class IssuedSecrets
{
    private const string TokenStore = "KisTrader.Kis.Simulator.Auth.TokenStore";
    private const string ApprovalKeyStore = "KisTrader.Kis.Simulator.Auth.ApprovalKeyStore";

    /// <summary>Every access token the simulator (its services: <see cref="SimulatorHost.Services"/>) issued, to any app key.</summary>
    public static IReadOnlyList<string> AccessTokens(IServiceProvider simulator) => Keys(simulator, TokenStore);

    /// <summary>Every approval key the simulator issued, to any app key.</summary>
    public static IReadOnlyList<string> ApprovalKeys(IServiceProvider simulator) => Keys(simulator, ApprovalKeyStore);

    /// <summary>
    /// Every access token and approval key a simulator PROCESS issued, to any app key (<c>GET /sim/auth/issued</c> on its
    /// base URL; answered to loopback callers only).
    /// </summary>
    public static async Task<(IReadOnlyList<string> AccessTokens, IReadOnlyList<string> ApprovalKeys)> FromProcessAsync(Uri simulator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        using var http = new HttpClient { BaseAddress = simulator, Timeout = TimeSpan.FromSeconds(60) };
        var issued = await http.GetFromJsonAsync<Issued>(new Uri("/sim/auth/issued", UriKind.Relative), cancellationToken)
            ?? throw new InvalidOperationException("GET /sim/auth/issued answered null.");
        return (issued.AccessTokens, issued.ApprovalKeys);
    }

    /// <summary>
    /// The value as text, as the hex of its UTF-8 bytes (a bytea or binary payload dumped as text) and as their base64
    /// (a payload or header encoded once more). Search case-insensitively (hex is either case).
    /// </summary>
    public static string[] Forms(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return [value, Convert.ToHexString(bytes), Convert.ToBase64String(bytes).TrimEnd('=')];
    }

    // The stores are internal to the simulator: their public Issued() is reached by name.
    private static string[] Keys(IServiceProvider simulator, string typeName)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var type = typeof(SimulatorHost).Assembly.GetType(typeName, throwOnError: true)!;
        var store = simulator.GetService(type) ?? throw new InvalidOperationException($"The simulator has no {typeName}.");
        var issued = type.GetMethod("Issued", BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{typeName} has no Issued() (renamed? update {nameof(IssuedSecrets)}).");
        return [.. (IEnumerable<string>)issued.Invoke(store, null)!];
    }

    private sealed record Issued(string[] AccessTokens, string[] ApprovalKeys);
}
