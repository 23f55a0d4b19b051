namespace KisTrader.Kis.Configuration;

/// <summary>Where access tokens are kept between processes.</summary>
public enum KisTokenStoreKind
{
    /// <summary>In this process only: a restart issues a new token (and sends the owner a KakaoTalk notice).</summary>
    Memory,

    /// <summary>An AES-GCM encrypted file per app key: a restarted process reuses its token.</summary>
    File,

    /// <summary>Provided by the host (e.g. the cluster's grain-backed store): register an <c>IKisTokenStore</c> yourself.</summary>
    External,
}
