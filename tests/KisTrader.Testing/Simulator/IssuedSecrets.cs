using System.Collections;
using System.Reflection;
using System.Text;
using KisTrader.Kis.Simulator.Hosting;

namespace KisTrader.Testing.Simulator;

/// <summary>
/// What a secrets sweep searches for: the access tokens and WebSocket approval keys a simulator issued (read from its
/// token and approval-key stores, which keep the issued values as their dictionaries' keys and list them nowhere), and
/// the forms a value can leak in besides its text.
/// </summary>
public static class IssuedSecrets
{
    private const string TokenStore = "KisTrader.Kis.Simulator.Auth.TokenStore";
    private const string ApprovalKeyStore = "KisTrader.Kis.Simulator.Auth.ApprovalKeyStore";

    /// <summary>Every access token the simulator (its services: <see cref="SimulatorHost.Services"/>) issued, to any app key.</summary>
    public static IReadOnlyList<string> AccessTokens(IServiceProvider simulator) => Keys(simulator, TokenStore, "_tokens");

    /// <summary>Every approval key the simulator issued, to any app key.</summary>
    public static IReadOnlyList<string> ApprovalKeys(IServiceProvider simulator) => Keys(simulator, ApprovalKeyStore, "_keys");

    /// <summary>
    /// The value as text, as the hex of its UTF-8 bytes (a bytea or binary payload dumped as text) and as their base64
    /// (a payload or header encoded once more). Search case-insensitively (hex is either case).
    /// </summary>
    public static string[] Forms(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return [value, Convert.ToHexString(bytes), Convert.ToBase64String(bytes).TrimEnd('=')];
    }

    private static string[] Keys(IServiceProvider simulator, string typeName, string field)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var type = typeof(SimulatorHost).Assembly.GetType(typeName, throwOnError: true)!;
        var store = simulator.GetService(type) ?? throw new InvalidOperationException($"The simulator has no {typeName}.");
        var dictionary = type.GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(store)
            ?? throw new InvalidOperationException($"{typeName} has no field {field} (renamed? update {nameof(IssuedSecrets)}).");
        var keys = (IEnumerable)dictionary.GetType().GetProperty("Keys")!.GetValue(dictionary)!;
        return [.. keys.Cast<string>()];
    }
}
