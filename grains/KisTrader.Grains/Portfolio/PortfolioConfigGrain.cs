using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Portfolio;

/// <summary>
/// One account's run-time portfolio configuration (<see cref="IPortfolioConfigGrain"/>). The defaults are the screening
/// options the silo's funnel was built with; a change is checked with them by <see cref="PortfolioRules"/>, persisted,
/// then journaled and published (<see cref="PortfolioConfigChanged"/>) before it is answered. A refused change leaves
/// everything as it was.
/// </summary>
internal sealed class PortfolioConfigGrain(
    [PersistentState("portfolio", ProviderNames.GrainStorage)] IPersistentState<PortfolioConfigState> state,
    ScreeningFunnel funnel,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<PortfolioConfigGrain> logger) : Grain, IPortfolioConfigGrain
{
    private string AccountKey => this.GetPrimaryKeyString();

    private PortfolioConfigState S => state.State;

    public ValueTask<PortfolioConfigView> GetAsync() => ValueTask.FromResult(View());

    public async Task<PortfolioConfigResult> SetAsync(PortfolioOverrides overrides, string requestedBy, string reason)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var errors = PortfolioRules.Validate(funnel.Options, overrides);
        if (errors.Count > 0)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.ConfigRefused(AccountKey, requestedBy, string.Join("; ", errors));
            }

            return new PortfolioConfigResult(false, [.. errors], View());
        }

        var now = clock.GetUtcNow();
        var previous = (S.Overrides, S.Version, S.History);
        S.Overrides = overrides.IsEmpty ? PortfolioOverrides.None : overrides;
        S.Version++;
        S.History = [new PortfolioConfigChange(S.Version, now, requestedBy, reason, S.Overrides), .. S.History.Take(PortfolioConfigChange.Kept - 1)];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            (S.Overrides, S.Version, S.History) = previous;
            throw;
        }

        logger.ConfigChanged(AccountKey, S.Version, requestedBy, reason, S.Overrides);
        var view = View();
        await events.PublishAsync(new PortfolioConfigChanged(AccountKey, S.Version, S.Overrides, view.Effective, requestedBy, reason), now);
        return new PortfolioConfigResult(true, [], view);
    }

    public Task<PortfolioConfigResult> ResetAsync(string requestedBy, string reason) => SetAsync(PortfolioOverrides.None, requestedBy, reason);

    private PortfolioConfigView View() => new(
        AccountKey,
        PortfolioRules.Settings(funnel.Options),
        S.Overrides,
        PortfolioRules.Settings(PortfolioRules.Apply(funnel.Options, S.Overrides)),
        S.Version,
        [.. S.History]);
}
