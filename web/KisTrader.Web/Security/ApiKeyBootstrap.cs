using KisTrader.Web.Hosting;

namespace KisTrader.Web.Security;

/// <summary>
/// At start: stores <c>KISTRADER_ADMIN_KEY</c> as the trader key "admin" when it is set; otherwise, when the store holds
/// no active trader key, makes one and prints it once to the console (never to the log: it is a secret).
/// </summary>
internal sealed class ApiKeyBootstrap(IApiKeyStore store, IConfiguration configuration, TimeProvider clock, ILogger<ApiKeyBootstrap> logger) : IHostedService
{
    /// <summary>How the start-up report says one logs in (set once the keys are ready).</summary>
    public string LoginHint { get; private set; } = "";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (configuration[WebHostOptions.AdminKeySetting]?.Trim() is { Length: > 0 } admin)
        {
            var existing = await store.FindAsync(ApiKeyHasher.KeyId(admin), cancellationToken);
            if (existing is null)
            {
                await store.AddAsync(ApiKeyHasher.Hash(admin, "admin", ApiKeyRole.Trader, now), cancellationToken);
            }
            else if (existing.RevokedAt is not null)
            {
                WebLog.AdminKeyRevoked(logger);
            }

            LoginHint = $"use the key in {WebHostOptions.AdminKeySetting} (role Trader)";
            return;
        }

        var keys = await store.ListAsync(cancellationToken);
        if (keys.Any(k => k.Role == ApiKeyRole.Trader && k.RevokedAt is null))
        {
            LoginHint = "use a key made earlier (this store already holds a trader key; set KISTRADER_ADMIN_KEY to add one)";
            return;
        }

        var key = ApiKeyHasher.NewKey();
        await store.AddAsync(ApiKeyHasher.Hash(key, "admin", ApiKeyRole.Trader, now), cancellationToken);
        await Console.Out.WriteLineAsync(
            $"{Environment.NewLine}  KisTrader: a trader API key was made for this store; it is shown only now — keep it:{Environment.NewLine}"
            + $"    {key}{Environment.NewLine}  (set {WebHostOptions.AdminKeySetting} to choose the key yourself){Environment.NewLine}");
        LoginHint = "use the trader key printed above (shown once)";
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
