using KisTrader.GrainInterfaces;
using KisTrader.Kis.Configuration;

namespace KisTrader.Grains.Accounts;

/// <summary>The account grain of the account this silo trades (<c>Kis:AccountNumber</c>, <c>Kis:AccountProductCode</c>).</summary>
internal static class TradedAccount
{
    /// <exception cref="InvalidOperationException">No account number is configured.</exception>
    public static IAccountGrain Of(IGrainFactory grains, KisOptions options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        var cano = options.AccountNumber ?? throw new InvalidOperationException("Kis:AccountNumber is required to size the screen's allocation.");
        return grains.GetGrain<IAccountGrain>(GrainKeys.Account(cano, options.AccountProductCode));
    }
}
