namespace KisTrader.Silo.Tests.Hosting;

[GenerateSerializer, Alias("KisTrader.Silo.Tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public int Visits { get; set; }
}
