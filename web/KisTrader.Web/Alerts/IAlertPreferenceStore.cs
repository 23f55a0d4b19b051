namespace KisTrader.Web.Alerts;

/// <summary>Where alert preferences persist per API key: memory, or <c>journal.alert_preferences</c> with PostgreSQL.</summary>
public interface IAlertPreferenceStore
{
    /// <summary>The key's saved preferences, or null when it saved none.</summary>
    Task<AlertPreferences?> FindAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>Saves (replaces) the key's preferences.</summary>
    Task SaveAsync(string keyId, AlertPreferences preferences, DateTimeOffset at, CancellationToken cancellationToken);
}
