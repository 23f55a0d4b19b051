using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A listing's facts from the KRX master file row (as of the file's date, the previous trading day).</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Name">Korean name.</param>
/// <param name="Market">"Kospi" or "Kosdaq".</param>
/// <param name="Sector">지수업종 대분류 code (4 digits), empty when unknown.</param>
/// <param name="Flags">Exclusion flags the screen knows (Spac, Reit, Preferred, Etf, Etn, Elw, Halted, AdministrativeDesignation).</param>
/// <param name="PriorMarketCap">Market cap at the previous close, KRW (0 when the file gives none).</param>
/// <param name="BasePrice">기준가, KRW (0 when the file gives none).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SymbolListing")]
public sealed record SymbolListing(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Market,
    [property: Id(3)] string Sector,
    [property: Id(4)] ImmutableArray<string> Flags,
    [property: Id(5)] decimal PriorMarketCap,
    [property: Id(6)] decimal BasePrice);
