namespace KisTrader.Grains.Screening;

/// <summary>The day returns of the two market indices (fractions: 0.01 = +1%), for C5.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.IndexReturns")]
public sealed record IndexReturns([property: Id(0)] decimal Kospi, [property: Id(1)] decimal Kosdaq);
