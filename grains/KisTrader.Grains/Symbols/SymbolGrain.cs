using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Symbols;

/// <summary>
/// One listed symbol (<see cref="ISymbolGrain"/>, key = the 6-digit code). Listing facts and screened features are
/// persisted; the snapshot is kept in memory from the symbol's <c>ticks/&lt;symbol&gt;</c> stream.
/// <para>
/// Why an implicit subscription: the grain key is the stream key, so every activation — after idle collection, a
/// deactivation or on another silo — is subscribed by Orleans without pub-sub rows to leak or re-attach, and the first
/// tick of a watched symbol activates its grain, so the snapshot is current even before anyone asked for it. The cost
/// (a grain activation per published symbol) is bounded by the 41 registrations of the session.
/// </para>
/// </summary>
[ImplicitStreamSubscription(ProviderNames.TicksNamespace)]
internal sealed class SymbolGrain(
    [PersistentState("symbol", ProviderNames.GrainStorage)] IPersistentState<SymbolState> state,
    ILogger<SymbolGrain> logger) : Grain, ISymbolGrain
{
    private const int FeatureValueCount = 6;

    private SymbolSnapshot? _snapshot;

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainKeys.ParseSymbol(Code);
        var stream = this.GetStreamProvider(ProviderNames.Streams)
            .GetStream<MarketDataEvent>(StreamId.Create(ProviderNames.TicksNamespace, Code));
        await stream.SubscribeAsync(OnNextAsync, OnErrorAsync);
    }

    public Task<SymbolView> GetAsync() =>
        Task.FromResult(new SymbolView(Code, state.State.Listing, _snapshot, state.State.Features.Count > 0 ? state.State.Features[^1] : null, state.State.Features.Count));

    public async Task SetListingAsync(SymbolListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (!string.Equals(listing.Code, Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The listing is of {listing.Code}, not of this symbol {Code}.", nameof(listing));
        }

        state.State.Listing = listing;
        await state.WriteStateAsync();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.ListingSet(Code, listing.Name, listing.Market, string.Join(',', listing.Flags));
        }
    }

    public async Task SetScreenedFeaturesAsync(SymbolFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Values.IsDefault || features.Values.Length != FeatureValueCount || features.SubScores.IsDefault || features.SubScores.Length != FeatureValueCount)
        {
            throw new ArgumentException($"Features carry exactly {FeatureValueCount} values and {FeatureValueCount} sub-scores (C1…C6).", nameof(features));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(features.Level);
        var list = state.State.Features;
        list.RemoveAll(f => f.Date == features.Date);
        list.Add(features);
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        await state.WriteStateAsync();
        logger.FeaturesSet(Code, features.Date, features.Score, features.Level, features.Rank);
    }

    public Task<SymbolFeatures?> GetFeaturesAsync(DateOnly date) =>
        Task.FromResult(state.State.Features.LastOrDefault(f => f.Date == date));

    public async Task<MarketDataSubscription> WatchAsync(string owner, MarketDataKinds kinds, MarketDataPriority priority)
    {
        var answer = await GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).SubscribeAsync(Code, kinds, owner, priority);
        logger.Watched(Code, owner, kinds, answer.Accepted, answer.Reason);
        return answer;
    }

    public Task<int> UnwatchAsync(string owner, MarketDataKinds kinds) =>
        GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).UnsubscribeAsync(Code, kinds, owner);

    private Task OnNextAsync(MarketDataEvent item, StreamSequenceToken? token)
    {
        _snapshot = SymbolSnapshots.Apply(_snapshot, item);
        return Task.CompletedTask;
    }

    private Task OnErrorAsync(Exception exception)
    {
        logger.StreamFailed(Code, exception);
        return Task.CompletedTask;
    }
}
