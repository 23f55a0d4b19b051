namespace KisTrader.Kis.Configuration;

/// <summary>The <c>custtype</c> header (kis-api.md §2.5).</summary>
public enum KisCustomerType
{
    /// <summary>"P": 개인 (individual).</summary>
    Personal,

    /// <summary>"B": 법인 (corporate).</summary>
    Corporate,
}
