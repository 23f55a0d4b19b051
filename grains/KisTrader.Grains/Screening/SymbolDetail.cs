namespace KisTrader.Grains.Screening;

/// <summary>The expensive part of a listing's day: minute bars from the late session back to P14, and 체결강도.</summary>
/// <param name="Code">Short code.</param>
/// <param name="Bars">1-minute bars, newest first as fetched, each minute once.</param>
/// <param name="ExecutionStrength">tday_rltv of the newest print (inquire-ccnl); null when the day has no print.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.SymbolDetail")]
public sealed record SymbolDetail(
    [property: Id(0)] string Code,
    [property: Id(1)] BarRow[] Bars,
    [property: Id(2)] decimal? ExecutionStrength);
