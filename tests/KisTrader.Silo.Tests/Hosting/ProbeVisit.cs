namespace KisTrader.Silo.Tests.Hosting;

/// <summary>Where a probe grain ran and how many visits its persisted state has counted.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.Silo.Tests.ProbeVisit")]
public sealed record ProbeVisit([property: Id(0)] int SiloPort, [property: Id(1)] int Visits);
