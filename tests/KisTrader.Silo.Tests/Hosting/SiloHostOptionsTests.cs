using KisTrader.Grains.Storage;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>The silo's settings: defaults, and a refusal naming the setting for every bad one.</summary>
public sealed class SiloHostOptionsTests
{
    private const string Database = "Host=db.example;Port=5432;Database=kistrader;Username=trader;Password=s3cret-pw";

    // The token-encryption key is given as the environment gives it (paper and real need it; KisWiringTests cover that rule).
    private static SiloHostOptions Load(params (string Key, string? Value)[] settings) =>
        SiloHostOptions.Load(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Kis:Cluster:EncryptionKey", Convert.ToBase64String(new byte[32]))])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    private static IReadOnlyList<string> Failures(params (string Key, string? Value)[] settings) =>
        [.. Assert.Throws<OptionsValidationException>(() => Load(settings)).Failures];

    [Fact]
    public void Load_NoConfiguration_IsOneSimulatorSiloOnLocalhostWithMemoryStorage()
    {
        var options = Load();

        Assert.Equal(TradingMode.Simulator, options.Mode);
        Assert.Equal(ClusteringKind.Localhost, options.Cluster.Clustering);
        Assert.Equal(("kistrader", "kistrader", 11111, 30000), (options.Cluster.ClusterId, options.Cluster.ServiceId, options.Cluster.SiloPort, options.Cluster.GatewayPort));
        Assert.False(options.HasDatabase);
        Assert.Equal(StorageKind.Memory, options.EffectiveGrainStorage);
        Assert.Equal(StorageKind.Memory, options.EffectiveReminders);
        Assert.False(options.Dashboard.Enabled);
        Assert.Equal("(none)", options.DatabaseDisplay);
    }

    [Fact]
    public void Load_WithADatabase_DefaultsToDurableStorageAndRemindersAndBindsEverySetting()
    {
        var options = Load(
            ("ConnectionStrings:KisTrader", Database),
            ("KisTrader:Mode", "real"),
            ("KisTrader:Cluster:Clustering", "AdoNet"),
            ("KisTrader:Cluster:ClusterId", "prod-2026"),
            ("KisTrader:Cluster:ServiceId", "kistrader.live"),
            ("KisTrader:Cluster:SiloPort", "11112"),
            ("KisTrader:Cluster:GatewayPort", "30001"),
            ("KisTrader:Cluster:AdvertisedAddress", "10.0.0.7"),
            ("KisTrader:Cluster:ListenOnAnyAddress", "true"),
            ("KisTrader:Storage:MigrateOnStart", "false"),
            ("KisTrader:Dashboard:Enabled", "true"),
            ("KisTrader:Dashboard:Url", "http://127.0.0.1:9090"),
            ("KisTrader:SomeOtherPart:Setting", "is left to its owner"));

        Assert.Equal(TradingMode.Real, options.Mode);
        Assert.Equal(StorageKind.AdoNet, options.EffectiveGrainStorage);
        Assert.Equal(StorageKind.AdoNet, options.EffectiveReminders);
        Assert.Equal((ClusteringKind.AdoNet, "prod-2026", "kistrader.live", 11112, 30001, "10.0.0.7", true), (
            options.Cluster.Clustering, options.Cluster.ClusterId, options.Cluster.ServiceId, options.Cluster.SiloPort,
            options.Cluster.GatewayPort, options.Cluster.AdvertisedAddress, options.Cluster.ListenOnAnyAddress));
        Assert.False(options.Storage.MigrateOnStart);
        Assert.True(options.Dashboard.Enabled);
        Assert.Equal("http://127.0.0.1:9090", options.Dashboard.Url);
    }

    [Theory]
    [InlineData("KisTrader:Mode", "Live", "KisTrader:Mode must be Simulator or Paper or Real (value: 'Live')")]
    [InlineData("KisTrader:Mode", "1", "KisTrader:Mode must be Simulator or Paper or Real (value: '1')")]
    [InlineData("KisTrader:Cluster:Clustering", "Consul", "KisTrader:Cluster:Clustering must be Localhost or AdoNet (value: 'Consul')")]
    [InlineData("KisTrader:Cluster:SiloPort", "0", "KisTrader:Cluster:SiloPort must be between 1 and 65535 (value: '0')")]
    [InlineData("KisTrader:Cluster:GatewayPort", "70000", "KisTrader:Cluster:GatewayPort must be between 1 and 65535 (value: '70000')")]
    [InlineData("KisTrader:Cluster:SiloPort", "eleven", "KisTrader:Cluster:SiloPort must be a whole number (value: 'eleven')")]
    [InlineData("KisTrader:Cluster:GatewayPort", "11111", "KisTrader:Cluster:GatewayPort must differ from SiloPort (11111)")]
    [InlineData("KisTrader:Cluster:ClusterId", "my cluster", "KisTrader:Cluster:ClusterId must be 1 to 150 letters, digits")]
    [InlineData("KisTrader:Cluster:ServiceId", "-x", "KisTrader:Cluster:ServiceId must be 1 to 150 letters, digits")]
    [InlineData("KisTrader:Cluster:ListenOnAnyAddress", "yes", "KisTrader:Cluster:ListenOnAnyAddress must be true or false (value: 'yes')")]
    [InlineData("KisTrader:Cluster:AdvertisedAddress", "10.0.0.7", "KisTrader:Cluster:AdvertisedAddress and ListenOnAnyAddress apply only to AdoNet clustering")]
    [InlineData("KisTrader:Cluster:SiloPrt", "11112", "KisTrader:Cluster:SiloPrt is not a setting (settings: AdvertisedAddress, ClusterId, Clustering,")]
    [InlineData("KisTrader:Telemetry:MetricsPort", "0", "KisTrader:Telemetry:MetricsPort must be between 1 and 65535 (value: '0')")]
    [InlineData("KisTrader:Telemetry:OtlpEndpoint", "otel:4317", "KisTrader:Telemetry:OtlpEndpoint must be an http:// or https:// address such as http://otel-collector:4317 (value: 'otel:4317')")]
    [InlineData("KisTrader:Telemetry:Port", "9464", "KisTrader:Telemetry:Port is not a setting (settings: MetricsPort, OtlpEndpoint, Traces)")]
    [InlineData("KisTrader:Storage:GrainStorage", "Disk", "KisTrader:Storage:GrainStorage must be Memory or AdoNet (value: 'Disk')")]
    [InlineData("KisTrader:Storage:Reminders", "Disk", "KisTrader:Storage:Reminders must be Memory or AdoNet (value: 'Disk')")]
    [InlineData("KisTrader:Storage:GrainStorage", "AdoNet", "KisTrader:Storage:GrainStorage is AdoNet: set ConnectionStrings:KisTrader (environment variable ConnectionStrings__KisTrader)")]
    [InlineData("KisTrader:Storage:Reminders", "AdoNet", "KisTrader:Storage:Reminders is AdoNet: set ConnectionStrings:KisTrader")]
    [InlineData("KisTrader:Storage:MigrateOnStart", "sometimes", "KisTrader:Storage:MigrateOnStart must be true or false (value: 'sometimes')")]
    [InlineData("KisTrader:Cluster:Clustering", "AdoNet", "KisTrader:Cluster:Clustering is AdoNet: it keeps membership in PostgreSQL; set ConnectionStrings:KisTrader")]
    [InlineData("KisTrader:Dashboard:Enabled", "on", "KisTrader:Dashboard:Enabled must be true or false (value: 'on')")]
    public void Load_ABadSetting_IsRefusedNamingIt(string key, string value, string expected)
    {
        var failure = Assert.Single(Failures((key, value)));

        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:8080")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080/dash")]
    public void Load_ADashboardUrlThatKestrelCannotServe_IsRefused(string url)
    {
        var failure = Assert.Single(Failures(("KisTrader:Dashboard:Enabled", "true"), ("KisTrader:Dashboard:Url", url)));

        Assert.StartsWith($"KisTrader:Dashboard:Url must be an http:// or https:// address without a path", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paper")]
    [InlineData("Real")]
    public void Load_PaperOrRealWithoutADatabase_IsRefused(string mode)
    {
        var failures = Failures(("KisTrader:Mode", mode));

        Assert.Contains(
            $"KisTrader:Mode is {mode}: paper and real trading refuse to start without PostgreSQL; set ConnectionStrings:KisTrader (environment variable ConnectionStrings__KisTrader) and run the migrate command",
            failures);
    }

    [Fact]
    public void Load_MemoryGrainStorageInPaperMode_IsRefusedEvenWithADatabase()
    {
        var failure = Assert.Single(Failures(("KisTrader:Mode", "Paper"), ("ConnectionStrings:KisTrader", Database), ("KisTrader:Storage:GrainStorage", "Memory")));

        Assert.StartsWith(
            "KisTrader:Storage:GrainStorage is Memory: memory grain storage is not durable and is allowed only in Simulator mode without a database (Mode is Paper, database configured)",
            failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MemoryRemindersInRealMode_AreRefused()
    {
        var failure = Assert.Single(Failures(("KisTrader:Mode", "Real"), ("ConnectionStrings:KisTrader", Database), ("KisTrader:Storage:Reminders", "Memory")));

        Assert.StartsWith("KisTrader:Storage:Reminders is Memory: Real mode needs durable reminders", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MemoryGrainStorageInSimulatorModeWithADatabase_IsRefused()
    {
        var failure = Assert.Single(Failures(("ConnectionStrings:KisTrader", Database), ("KisTrader:Storage:GrainStorage", "Memory")));

        Assert.Contains("(Mode is Simulator, database configured)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SimulatorWithADatabaseAndMemoryReminders_IsAllowed()
    {
        var options = Load(("ConnectionStrings:KisTrader", Database), ("KisTrader:Storage:Reminders", "Memory"));

        Assert.Equal((StorageKind.AdoNet, StorageKind.Memory), (options.EffectiveGrainStorage, options.EffectiveReminders));
    }

    [Fact]
    public void Load_AnUnparsableConnectionString_IsRefusedWithoutEchoingIt()
    {
        var failure = Assert.Single(Failures(("ConnectionStrings:KisTrader", "Host=db;Port=notaport;Password=s3cret-pw")));

        Assert.StartsWith("ConnectionStrings:KisTrader is not a valid PostgreSQL connection string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBadSettings_AreAllReportedAtOnce()
    {
        var failures = Failures(("KisTrader:Mode", "Paper"), ("KisTrader:Cluster:SiloPort", "0"), ("KisTrader:Cluster:Clustering", "AdoNet"));

        Assert.Contains(failures, f => f.StartsWith("KisTrader:Mode is Paper", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("KisTrader:Cluster:SiloPort must be between 1 and 65535", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("KisTrader:Cluster:Clustering is AdoNet", StringComparison.Ordinal));
    }

    [Fact]
    public void DatabaseDisplay_MasksThePassword()
    {
        var options = Load(("ConnectionStrings:KisTrader", Database));

        Assert.Equal("Host=db.example;Port=5432;Database=kistrader;Username=trader;Password=***", options.DatabaseDisplay);
        Assert.DoesNotContain("s3cret-pw", options.DatabaseDisplay, StringComparison.Ordinal);
    }
}
