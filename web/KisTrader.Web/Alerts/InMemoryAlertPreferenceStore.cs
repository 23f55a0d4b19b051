using System.Collections.Concurrent;

namespace KisTrader.Web.Alerts;

/// <summary>Preferences in memory (the one-process mode without a database): kept while the process runs.</summary>
internal sealed class InMemoryAlertPreferenceStore : IAlertPreferenceStore
{
    private readonly ConcurrentDictionary<string, AlertPreferences> _preferences = new(StringComparer.Ordinal);

    public Task<AlertPreferences?> FindAsync(string keyId, CancellationToken cancellationToken) =>
        Task.FromResult(_preferences.TryGetValue(keyId, out var found) ? found : null);

    public Task SaveAsync(string keyId, AlertPreferences preferences, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _preferences[keyId] = preferences;
        return Task.CompletedTask;
    }
}
