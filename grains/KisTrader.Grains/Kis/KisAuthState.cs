namespace KisTrader.Grains.Kis;

/// <summary>Persisted state of <see cref="KisAuthGrain"/>: only ciphertext (<see cref="KisSecretCipher"/>), never a secret in clear.</summary>
[GenerateSerializer, Alias("KisTrader.KisAuthState")]
internal sealed class KisAuthState
{
    /// <summary>The encrypted token record (JSON of token, issued, expires).</summary>
    [Id(0)]
    public byte[]? Token { get; set; }

    /// <summary>The encrypted WebSocket approval key.</summary>
    [Id(1)]
    public byte[]? ApprovalKey { get; set; }
}
