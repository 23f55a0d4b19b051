using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Symbols;

/// <summary>
/// One listed symbol (<see cref="ISymbolGrain"/>, key = the 6-digit code). Listing facts and screened features are
/// persisted; the snapshot is kept in memory from the symbol's market events, which the silo's tick dispatcher delivers
/// (<see cref="ReceiveTicksAsync"/>, SymbolGrain.Ticks.cs); the trades are handed on to the positions that follow the
/// symbol (persisted followers, so a re-activation anywhere keeps forwarding).
/// <para>
/// Changes worth telling — listing facts set or changed, a date's features stored, a watch taken, refused or released —
/// are journaled and published on <c>events/all</c> as <see cref="SymbolChanged"/> after the state is written, through
/// <see cref="TradingEventPublisher.TryPublishAsync"/> (a journal outage is logged and never fails the call: the grain
/// state is the record of the facts, the journal their history). Snapshot updates are not events.
/// </para>
/// </summary>
internal sealed partial class SymbolGrain(
    [PersistentState("symbol", ProviderNames.GrainStorage)] IPersistentState<SymbolState> state,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<SymbolGrain> logger) : Grain, ISymbolGrain
{
    private const int FeatureValueCount = 6;

    private SymbolSnapshot? _snapshot;
    private SymbolAfterHours? _afterHours;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainKeys.ParseSymbol(Code);
        _followers = [.. state.State.Followers];
        return Task.CompletedTask;
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

        var previous = state.State.Listing;
        state.State.Listing = listing;
        await state.WriteStateAsync();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.ListingSet(Code, listing.Name, listing.Market, string.Join(',', listing.Flags));
        }

        if (previous is null)
        {
            await TellAsync(Payload(SymbolChange.ListingSet) with { Listing = listing });
            return;
        }

        var changed = ChangedFields(previous, listing);
        if (changed.Length > 0)
        {
            await TellAsync(Payload(SymbolChange.ListingChanged) with { Listing = listing, ChangedFields = changed });
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
        var replaced = list.RemoveAll(f => f.Date == features.Date) > 0;
        list.Add(features);
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        await state.WriteStateAsync();
        logger.FeaturesSet(Code, features.Date, features.Score, features.Level, features.Rank);
        await TellAsync(Payload(SymbolChange.FeaturesStored) with { Features = features, Replaced = replaced });
    }

    public Task<SymbolFeatures?> GetFeaturesAsync(DateOnly date) =>
        Task.FromResult(state.State.Features.LastOrDefault(f => f.Date == date));

    public async Task<MarketDataSubscription> WatchAsync(string owner, MarketDataKinds kinds, MarketDataPriority priority)
    {
        var answer = await GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).SubscribeAsync(Code, kinds, owner, priority);
        logger.Watched(Code, owner, kinds, answer.Accepted, answer.Reason);
        var change = Payload(answer.Accepted ? SymbolChange.Watched : SymbolChange.WatchRefused) with
        {
            Owner = owner,
            Kinds = kinds,
            Priority = priority,
            Holds = answer.NewRegistrations,
            Reason = answer.Reason,
        };
        await TellAsync(change);
        return answer;
    }

    public async Task<int> UnwatchAsync(string owner, MarketDataKinds kinds)
    {
        var released = await GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).UnsubscribeAsync(Code, kinds, owner);
        if (released > 0)
        {
            await TellAsync(Payload(SymbolChange.Unwatched) with { Owner = owner, Kinds = kinds, Holds = released });
        }

        return released;
    }

    public async Task<AfterHoursQuoteView> ObserveAfterHoursAsync(DateOnly date, bool useFeed)
    {
        if (useFeed && _afterHours is { } seen && seen.Date == date)
        {
            return seen.ToView(Code);
        }

        // The feed is down, the symbol is not registered, or nothing arrived yet: ask the broker once.
        var market = ServiceProvider.GetRequiredService<IKisMarketData>();
        var quote = await market.GetOvertimeQuoteAsync(new SymbolQuery(Code), KisLane.ExitChecks);
        var view = SymbolAfterHours.FromRest(Code, date, quote, clock.GetUtcNow());
        logger.AfterHoursFromRest(Code, date, view.LastMatchPrice, view.IndicativePrice, useFeed);
        return view;
    }

    /// <summary>The names of the listing fields that differ (flags compared as lists).</summary>
    internal static ImmutableArray<string> ChangedFields(SymbolListing before, SymbolListing after)
    {
        var changed = ImmutableArray.CreateBuilder<string>();
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            changed.Add(nameof(SymbolListing.Name));
        }

        if (!string.Equals(before.Market, after.Market, StringComparison.Ordinal))
        {
            changed.Add(nameof(SymbolListing.Market));
        }

        if (!string.Equals(before.Sector, after.Sector, StringComparison.Ordinal))
        {
            changed.Add(nameof(SymbolListing.Sector));
        }

        if (!before.Flags.AsSpan().SequenceEqual(after.Flags.AsSpan()))
        {
            changed.Add(nameof(SymbolListing.Flags));
        }

        if (before.PriorMarketCap != after.PriorMarketCap)
        {
            changed.Add(nameof(SymbolListing.PriorMarketCap));
        }

        if (before.BasePrice != after.BasePrice)
        {
            changed.Add(nameof(SymbolListing.BasePrice));
        }

        return changed.ToImmutable();
    }

    private SymbolChanged Payload(SymbolChange change) => new(Code, change, null, [], null, false, null, MarketDataKinds.None, null, 0, null);

    /// <summary>Journals and publishes a change; a journal or stream failure is logged by the publisher and never thrown.</summary>
    private Task<TradingEvent?> TellAsync(SymbolChanged payload) => events.TryPublishAsync(payload, clock.GetUtcNow());
}
