namespace KisTrader.Silo.Tests.Infrastructure;

/// <summary>
/// KIS client settings for the silos of the clustering tests: a silo now always wires the KIS client and the trading
/// grains, so it needs valid settings. These silos make no KIS call (the schedule is off and no test asks a trading
/// grain for anything), and the URLs point at a closed loopback port so that nothing could reach a real broker if one did.
/// </summary>
internal static class InertKisSettings
{
    public static IEnumerable<KeyValuePair<string, string?>> For(string mode) =>
        Settings(mode).Where(p => p.Value is not null); // a null value would hide the silo's own default for the key

    private static IEnumerable<KeyValuePair<string, string?>> Settings(string mode) =>
    [
        new("Kis:RestBaseUrl", "http://127.0.0.1:9/"),
        new("Kis:WebSocketBaseUrl", "ws://127.0.0.1:9/"),
        new("Kis:MasterFileBaseUrl", "http://127.0.0.1:9/common/master/"),
        new("Kis:AppKey", "PSinert-test-key-0001"),
        new("Kis:AppSecret", "inert-test-secret-0001"),
        new("Kis:AccountNumber", "12345678"),
        new("KisTrader:Schedule:Enabled", "false"),
        // Paper and real silos need the token-encryption key (given here as the environment would give it: not a file).
        new("Kis:Cluster:EncryptionKey", mode == "Simulator" ? null : Convert.ToBase64String(new byte[32])),
    ];
}
