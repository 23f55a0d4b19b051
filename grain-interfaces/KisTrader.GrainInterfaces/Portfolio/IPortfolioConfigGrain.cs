namespace KisTrader.GrainInterfaces;

/// <summary>
/// One account's run-time portfolio configuration (key: <see cref="GrainKeys.PortfolioConfig"/>): overrides of the
/// session budget, the selected and backup counts and the allocation mode over the silo's <c>Strategy</c> settings.
/// Persisted; every change validated with the strategy options' rules, journaled with who and why, and published
/// (<see cref="PortfolioConfigChanged"/>). The next screen takes the effective values when it starts; a screened session
/// keeps the values it was screened with.
/// </summary>
[Alias("KisTrader.IPortfolioConfigGrain")]
public interface IPortfolioConfigGrain : IGrainWithStringKey
{
    /// <summary>The defaults, the overrides, the effective values and the latest changes.</summary>
    [Alias("Get")]
    ValueTask<PortfolioConfigView> GetAsync();

    /// <summary>Replaces the overrides (null fields follow the defaults); refused, unchanged, when the result is invalid.</summary>
    [Alias("Set")]
    Task<PortfolioConfigResult> SetAsync(PortfolioOverrides overrides, string requestedBy, string reason);

    /// <summary>Back to the configured defaults (journaled like any change).</summary>
    [Alias("Reset")]
    Task<PortfolioConfigResult> ResetAsync(string requestedBy, string reason);
}
