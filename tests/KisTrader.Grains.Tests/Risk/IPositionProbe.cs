namespace KisTrader.Grains.Tests.Risk;

/// <summary>The test's handle on a <see cref="TestOnlyRecordingPositionGrain"/>: what it reports (quantity, order ids).</summary>
[Alias("KisTrader.Tests.IPositionProbe")]
public interface IPositionProbe : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(long quantity, string[] orderIds);
}
