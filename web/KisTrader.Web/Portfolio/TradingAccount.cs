using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Portfolio;

/// <summary>
/// The account the cluster trades (<c>Kis:AccountNumber</c> + <c>Kis:AccountProductCode</c>, default 01; in the
/// one-process mode the simulator's account): its grain key names its risk state and every manual order's account.
/// <see cref="Key"/> is null when this front end is not told the account (client mode without <c>Kis:AccountNumber</c>).
/// </summary>
public sealed record TradingAccount(string? Key)
{
    /// <summary>From configuration (in the one-process mode, the simulator's KIS settings are passed in as well).</summary>
    public static TradingAccount From(IConfiguration configuration, IReadOnlyDictionary<string, string?>? kisSettings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var cano = kisSettings?.GetValueOrDefault("Kis:AccountNumber") ?? configuration["Kis:AccountNumber"];
        var product = configuration["Kis:AccountProductCode"];
        return new TradingAccount(string.IsNullOrWhiteSpace(cano)
            ? null
            : GrainKeys.Account(cano.Trim(), string.IsNullOrWhiteSpace(product) ? "01" : product.Trim()));
    }
}
