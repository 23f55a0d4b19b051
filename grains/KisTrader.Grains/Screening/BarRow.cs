namespace KisTrader.Grains.Screening;

/// <summary>One 1-minute bar as stored in a checkpoint (the screen's <c>MinuteBar</c> is not an Orleans type).</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.BarRow")]
public sealed record BarRow(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] decimal Open,
    [property: Id(2)] decimal High,
    [property: Id(3)] decimal Low,
    [property: Id(4)] decimal Close,
    [property: Id(5)] long Volume);
