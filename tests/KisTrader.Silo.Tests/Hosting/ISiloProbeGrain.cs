namespace KisTrader.Silo.Tests.Hosting;

/// <summary>A test grain that says which silo it runs on, keeps a persisted visit count and publishes on the events stream.</summary>
[Alias("KisTrader.Silo.Tests.ISiloProbeGrain")]
public interface ISiloProbeGrain : IGrainWithStringKey
{
    [Alias("Visit")]
    Task<ProbeVisit> VisitAsync();

    [Alias("Publish")]
    Task PublishAsync(string streamKey, string message);
}
