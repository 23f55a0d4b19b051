using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>The settings the survival runs rely on: the followed clock and the membership's failure detection.</summary>
public sealed class ClusterClockSettingsTests
{
    private static SiloHostOptions Load(params (string Key, string? Value)[] settings) =>
        SiloHostOptions.Load(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Kis:Cluster:EncryptionKey", Convert.ToBase64String(new byte[32]))])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Load_Defaults_WallClockAndNineSecondDetection()
    {
        var options = Load();

        Assert.Equal(ClockSource.Wall, options.Clock.Source);
        Assert.Equal((200, 50, 120), (options.Clock.SyncIntervalMilliseconds, options.Clock.ToleranceMilliseconds, options.Clock.WaitSeconds));
        Assert.Equal((3, 3), (options.Cluster.ProbeTimeoutSeconds, options.Cluster.MissedProbesLimit));
    }

    [Fact]
    public void Load_SimulatorClockAndProbes_AreBound()
    {
        var options = Load(
            ("KisTrader:Clock:Source", "Simulator"), ("KisTrader:Clock:SyncIntervalMilliseconds", "100"),
            ("KisTrader:Cluster:ProbeTimeoutSeconds", "2"), ("KisTrader:Cluster:MissedProbesLimit", "4"));

        Assert.Equal((ClockSource.Simulator, 100), (options.Clock.Source, options.Clock.SyncIntervalMilliseconds));
        Assert.Equal((2, 4), (options.Cluster.ProbeTimeoutSeconds, options.Cluster.MissedProbesLimit));
    }

    [Fact]
    public void Load_SimulatorClockInPaperMode_IsRefusedNamingTheSetting()
    {
        var failures = Assert.Throws<OptionsValidationException>(() => Load(
            ("KisTrader:Mode", "Paper"), ("KisTrader:Clock:Source", "Simulator"), ("ConnectionStrings:KisTrader", "Host=db;Port=5432;Database=k;Username=u;Password=p"))).Failures;

        Assert.Contains(failures, f => f.StartsWith("KisTrader:Clock:Source is Simulator: only a Simulator-mode cluster", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KisTrader:Clock:Source", "Sundial", "KisTrader:Clock:Source must be Wall or Simulator")]
    [InlineData("KisTrader:Clock:SyncIntervalMilliseconds", "5", "KisTrader:Clock:SyncIntervalMilliseconds must be between 20 and 10000")]
    [InlineData("KisTrader:Cluster:ProbeTimeoutSeconds", "0", "KisTrader:Cluster:ProbeTimeoutSeconds must be between 1 and 60")]
    [InlineData("KisTrader:Cluster:MissedProbesLimit", "11", "KisTrader:Cluster:MissedProbesLimit must be between 1 and 10")]
    [InlineData("KisTrader:Clock:Speed", "60", "KisTrader:Clock:Speed is not a setting")]
    public void Load_BadValue_IsRefusedNamingTheSetting(string key, string value, string expected)
    {
        var failures = Assert.Throws<OptionsValidationException>(() => Load((key, value))).Failures;

        Assert.Contains(failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }
}
