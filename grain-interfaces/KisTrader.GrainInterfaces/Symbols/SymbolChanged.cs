using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>A symbol grain's state changed (category <see cref="TradingEventCategory.Symbol"/>, subject the 6-digit code).</summary>
/// <param name="Code">The 6-digit code.</param>
/// <param name="Change">What happened.</param>
/// <param name="Listing">The listing facts now stored (ListingSet, ListingChanged), or null.</param>
/// <param name="ChangedFields">The listing fields that differ from the previous facts (ListingChanged), else empty.</param>
/// <param name="Features">The features stored (FeaturesStored), or null.</param>
/// <param name="Replaced">FeaturesStored: the date had features already, now replaced.</param>
/// <param name="Owner">Who watches or stopped watching, or null.</param>
/// <param name="Kinds">The kinds watched or unwatched (None otherwise).</param>
/// <param name="Priority">The watch priority, or null.</param>
/// <param name="Holds">Watched: new KIS registrations; Unwatched: holds released; else 0.</param>
/// <param name="Reason">Why a watch was refused, or null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SymbolChanged")]
public sealed record SymbolChanged(
    [property: Id(0)] string Code,
    [property: Id(1)] SymbolChange Change,
    [property: Id(2)] SymbolListing? Listing,
    [property: Id(3)] ImmutableArray<string> ChangedFields,
    [property: Id(4)] SymbolFeatures? Features,
    [property: Id(5)] bool Replaced,
    [property: Id(6)] string? Owner,
    [property: Id(7)] MarketDataKinds Kinds,
    [property: Id(8)] MarketDataPriority? Priority,
    [property: Id(9)] int Holds,
    [property: Id(10)] string? Reason) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Symbol;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => Code;

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => Change == SymbolChange.FeaturesStored ? Features?.Date : null;
}
