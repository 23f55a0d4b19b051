using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>What a presented token is worth.</summary>
internal enum TokenState
{
    Valid,

    /// <summary>Unknown, revoked, invalidated, or issued to another app key: EGW00121.</summary>
    Invalid,

    /// <summary>Past its expiry on the simulated clock: EGW00123.</summary>
    Expired,
}

/// <summary>An issued access token.</summary>
internal sealed record IssuedToken(string Value, string AppKey, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

/// <summary>The answer to a tokenP call: the token (new or the reused one), or throttled (EGW00133).</summary>
internal readonly record struct TokenIssue(IssuedToken? Token, bool Reused)
{
    public bool Throttled => Token is null;
}

/// <summary>
/// Access tokens by the rules of kis-api.md §2.1, on the simulated clock: 24 h lifetime; tokenP within 6 h of issuance
/// returns the same token; a tokenP answer less than 1 minute after the previous one for the same key is EGW00133 (the
/// refusal does not restart the minute); revoked or invalidated tokens are EGW00121, expired ones EGW00123.
/// A replaced token (a new one after 6 h) stays valid until its own expiry.
/// </summary>
internal sealed class TokenStore(IOptions<SimAuthOptions> options)
{
    private const string JwtHeader = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9";
    private readonly SimAuthOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, TokenEntry> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeyState> _keys = new(StringComparer.Ordinal);

    public TokenIssue Issue(string appKey, DateTimeOffset now)
    {
        var state = _keys.GetOrAdd(appKey, static _ => new KeyState());
        lock (state)
        {
            if (state.LastAnswerAt is { } last && now - last < _options.TokenIssueInterval)
            {
                return new TokenIssue(null, false);
            }

            state.LastAnswerAt = now;
            if (state.Current is { } current && Check(current, now) == TokenState.Valid && now - current.Token.IssuedAt < _options.TokenReuseWindow)
            {
                return new TokenIssue(current.Token, true);
            }

            var token = new IssuedToken(NewTokenValue(now), appKey, now, now + _options.TokenLifetime);
            var entry = new TokenEntry(token);
            _tokens[token.Value] = entry;
            state.Current = entry;
            return new TokenIssue(token, false);
        }
    }

    public TokenState Validate(string token, string appKey, DateTimeOffset now) =>
        _tokens.TryGetValue(token, out var entry) && entry.Token.AppKey == appKey ? Check(entry, now) : TokenState.Invalid;

    /// <summary>The token behind a value, if it was issued to <paramref name="appKey"/>.</summary>
    public IssuedToken? Find(string token, string appKey) =>
        _tokens.TryGetValue(token, out var entry) && entry.Token.AppKey == appKey ? entry.Token : null;

    /// <summary>Every token value issued so far, to any app key (the <c>/sim/auth/issued</c> control endpoint).</summary>
    public IReadOnlyList<string> Issued() => [.. _tokens.Keys];

    /// <summary>revokeP: false when the token is unknown, another key's, or already revoked.</summary>
    public bool Revoke(string appKey, string token)
    {
        if (!_tokens.TryGetValue(token, out var entry) || entry.Token.AppKey != appKey)
        {
            return false;
        }

        lock (entry)
        {
            if (entry.Revoked)
            {
                return false;
            }

            entry.Revoked = true;
            return true;
        }
    }

    /// <summary>Fault: every token (or every token of one key) becomes invalid (EGW00121). Returns how many.</summary>
    public int InvalidateAll(string? appKey) => Apply(appKey, e => e.Revoked = true);

    /// <summary>Fault: every token (or every token of one key) expires now (EGW00123). Returns how many.</summary>
    public int ExpireAll(string? appKey, DateTimeOffset now) => Apply(appKey, e => e.ExpiredAt = now);

    private int Apply(string? appKey, Action<TokenEntry> change)
    {
        var count = 0;
        foreach (var entry in _tokens.Values.Where(e => appKey is null || e.Token.AppKey == appKey))
        {
            lock (entry)
            {
                if (!entry.Revoked)
                {
                    change(entry);
                    count++;
                }
            }
        }

        return count;
    }

    private static TokenState Check(TokenEntry entry, DateTimeOffset now)
    {
        lock (entry)
        {
            if (entry.Revoked)
            {
                return TokenState.Invalid;
            }

            var expiry = entry.ExpiredAt is { } forced && forced < entry.Token.ExpiresAt ? forced : entry.Token.ExpiresAt;
            return now >= expiry ? TokenState.Expired : TokenState.Valid;
        }
    }

    /// <summary>A JWT-shaped opaque token like KIS's (header.payload.signature); nothing in it identifies the key or secret.</summary>
    private static string NewTokenValue(DateTimeOffset now)
    {
        var iat = now.ToUnixTimeSeconds();
        var payload = $$"""{"sub":"token","aud":"{{Guid.NewGuid()}}","prdt_cd":"","iss":"unogw","exp":{{iat + 86400}},"iat":{{iat}},"jti":"{{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}}"}""";
        return $"{JwtHeader}.{Base64Url(Encoding.UTF8.GetBytes(payload))}.{Base64Url(RandomNumberGenerator.GetBytes(64))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class TokenEntry(IssuedToken token)
    {
        public IssuedToken Token { get; } = token;

        public bool Revoked { get; set; }

        public DateTimeOffset? ExpiredAt { get; set; }
    }

    private sealed class KeyState
    {
        public TokenEntry? Current { get; set; }

        public DateTimeOffset? LastAnswerAt { get; set; }
    }
}
