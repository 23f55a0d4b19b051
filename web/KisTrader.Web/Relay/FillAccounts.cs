using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Relay;

/// <summary>
/// The account keys whose <c>fills/&lt;key&gt;</c> this front end relays: the configured KIS account
/// (<c>Kis:AccountNumber</c>, <c>Kis:AccountProductCode</c> default 01) and any listed in <c>KisTrader:Web:FillAccounts</c>.
/// </summary>
public sealed record FillAccounts(IReadOnlyList<string> Keys)
{
    /// <summary>From configuration (in the one-process mode, the simulator's KIS settings are passed in as well).</summary>
    public static FillAccounts From(IConfiguration configuration, IReadOnlyDictionary<string, string?>? kisSettings, IEnumerable<string> listedKeys)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(listedKeys);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var cano = kisSettings?.GetValueOrDefault("Kis:AccountNumber") ?? configuration["Kis:AccountNumber"];
        var product = configuration["Kis:AccountProductCode"];
        if (!string.IsNullOrWhiteSpace(cano))
        {
            keys.Add(GrainKeys.Account(cano.Trim(), string.IsNullOrWhiteSpace(product) ? "01" : product.Trim()));
        }

        foreach (var listed in listedKeys)
        {
            if (!string.IsNullOrWhiteSpace(listed))
            {
                keys.Add(listed.Trim());
            }
        }

        return new FillAccounts([.. keys]);
    }
}
