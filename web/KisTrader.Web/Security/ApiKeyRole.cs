namespace KisTrader.Web.Security;

/// <summary>What a key may do: Viewer reads; Trader also controls (clock, screening, keys) and trades.</summary>
public enum ApiKeyRole
{
    Viewer,
    Trader,
}
