using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>The outcome of checking an app key and secret.</summary>
internal enum CredentialCheck
{
    Ok,
    UnknownKey,
    WrongSecret,
}

/// <summary>
/// App key → account. Configured keys (<see cref="SimAccountsOptions.Keys"/>) are known from the start; outside strict
/// mode any other key is admitted the first time it asks for a token or an approval key, bound to the secret it came
/// with (a later call with another secret is EGW00105), and gets the derived identity of <see cref="AccountDerivation"/>.
/// Only a SHA-256 of each secret is kept.
/// </summary>
internal sealed class AccountRegistry
{
    private readonly SimAccountsOptions _options;
    private readonly ConcurrentDictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyByCano = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public AccountRegistry(IOptions<SimAccountsOptions> accounts, IOptions<SimulatorOptions> simulator)
    {
        _options = accounts.Value;
        ServerProfile = simulator.Value.Profile;
        foreach (var key in _options.Keys)
        {
            Admit(key.AppKey, key.AppSecret, key);
        }
    }

    /// <summary>The domain this server plays.</summary>
    public SimProfile ServerProfile { get; }

    public bool Strict => _options.Strict;

    /// <summary>
    /// Checks a key and secret. With <paramref name="admit"/> (token and approval-key issuance) an unknown key is admitted
    /// outside strict mode; REST calls pass false, so a key that never got a token stays unknown.
    /// </summary>
    public CredentialCheck Check(string appKey, string appSecret, bool admit, out AccountIdentity? identity)
    {
        identity = null;
        if (!_byKey.TryGetValue(appKey, out var entry))
        {
            if (!admit || _options.Strict)
            {
                return CredentialCheck.UnknownKey;
            }

            entry = Admit(appKey, appSecret, null);
        }

        if (!CryptographicOperations.FixedTimeEquals(entry.SecretHash, HashSecret(appSecret)))
        {
            return CredentialCheck.WrongSecret;
        }

        identity = entry.Identity;
        return CredentialCheck.Ok;
    }

    /// <summary>The identity of a known key (no secret check: callers have authenticated by other means).</summary>
    public AccountIdentity? Find(string appKey) => _byKey.TryGetValue(appKey, out var entry) ? entry.Identity : null;

    /// <summary>The identity <paramref name="appKey"/> has or would get (control API "accounts" lookup; does not admit it).</summary>
    public AccountIdentity Preview(string appKey)
    {
        if (Find(appKey) is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            return Derive(appKey, null);
        }
    }

    public IReadOnlyList<AccountIdentity> Snapshot() => [.. _byKey.Values.Select(e => e.Identity).OrderBy(i => i.Cano, StringComparer.Ordinal)];

    private Entry Admit(string appKey, string appSecret, ConfiguredKey? configured)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(appKey, out var existing))
            {
                return existing;
            }

            var identity = Derive(appKey, configured);
            _keyByCano[identity.Cano] = appKey;
            var entry = new Entry(identity, HashSecret(appSecret));
            _byKey[appKey] = entry;
            return entry;
        }
    }

    /// <summary>Derives the identity; a derived CANO that another key holds moves to the next free number.</summary>
    private AccountIdentity Derive(string appKey, ConfiguredKey? configured)
    {
        var profile = configured?.Profile ?? ServerProfile;
        var cano = configured?.Cano;
        if (cano is null)
        {
            cano = AccountDerivation.Cano(appKey, profile);
            while ((_keyByCano.TryGetValue(cano, out var holder) && holder != appKey) || IsReservedByConfiguration(cano, appKey))
            {
                cano = AccountDerivation.NextCano(cano);
            }
        }

        return new AccountIdentity(
            appKey,
            cano,
            AccountDerivation.ProductCode,
            configured?.HtsId ?? AccountDerivation.HtsId(appKey),
            profile,
            configured?.StartingCash ?? _options.StartingCash,
            configured?.Name ?? _options.HolderName);
    }

    private bool IsReservedByConfiguration(string cano, string appKey) =>
        _options.Keys.Any(k => k.Cano == cano && k.AppKey != appKey);

    private static byte[] HashSecret(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private sealed record Entry(AccountIdentity Identity, byte[] SecretHash);
}
