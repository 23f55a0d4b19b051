using KisTrader.Silo.Hosting;
using KisTrader.Silo.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>The rules between KisTrader:Mode and the KIS client's settings, checked when the silo's options load.</summary>
public sealed class KisWiringTests
{
    private const string Database = "Host=127.0.0.1;Port=5432;Database=kistrader;Username=kistrader;Password=secret";
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    private static IReadOnlyList<string> Failures(params (string Key, string? Value)[] settings) =>
        [.. Assert.Throws<OptionsValidationException>(() => SiloHostOptions.Load(Configuration(settings))).Failures];

    private static IConfigurationRoot Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Theory]
    [InlineData("Simulator", "Paper")]
    [InlineData("Paper", "Real")]
    [InlineData("Real", "Simulator")]
    public void ModeAndKisEnvironmentThatDisagree_AreRefusedNamingBoth(string mode, string environment)
    {
        var failure = Assert.Single(Failures(("KisTrader:Mode", mode), ("Kis:Environment", environment), ("ConnectionStrings:KisTrader", Database), ("Kis:Cluster:EncryptionKey", Key)));

        Assert.StartsWith($"Kis:Environment is {environment} but KisTrader:Mode is {mode}: they must agree", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Simulator", "simulator")]
    [InlineData("Paper", "Paper")]
    [InlineData("Real", "REAL")]
    public void ModeAndKisEnvironmentThatAgree_Load(string mode, string environment)
    {
        var options = SiloHostOptions.Load(Configuration(("KisTrader:Mode", mode), ("Kis:Environment", environment), ("ConnectionStrings:KisTrader", Database), ("Kis:Cluster:EncryptionKey", Key)));

        Assert.Equal(mode, options.Mode.ToString());
    }

    [Fact]
    public void AnUnsetKisEnvironment_FollowsTheMode_AndTheTokenStoreIsTheClusters()
    {
        var defaults = KisWiring.Defaults(Configuration(("KisTrader:Mode", "Paper")), KisTrader.Grains.Storage.TradingMode.Paper, out var random);

        Assert.Equal("Paper", defaults["Kis:Environment"]);
        Assert.Equal("External", defaults["Kis:Auth:TokenStore"]);
        Assert.False(random);
        Assert.False(defaults.ContainsKey("Kis:Cluster:EncryptionKey"));
    }

    [Fact]
    public void SimulatorModeWithoutATokenKey_GetsARandomOneForTheRun()
    {
        var first = KisWiring.Defaults(Configuration(), KisTrader.Grains.Storage.TradingMode.Simulator, out var random);
        var second = KisWiring.Defaults(Configuration(), KisTrader.Grains.Storage.TradingMode.Simulator, out _);

        Assert.True(random);
        Assert.Equal(32, Convert.FromBase64String(first["Kis:Cluster:EncryptionKey"]!).Length);
        Assert.NotEqual(first["Kis:Cluster:EncryptionKey"], second["Kis:Cluster:EncryptionKey"]);
    }

    [Theory]
    [InlineData("Paper")]
    [InlineData("Real")]
    public void PaperOrRealWithoutTheTokenEncryptionKey_IsRefused(string mode)
    {
        var failure = Assert.Single(Failures(("KisTrader:Mode", mode), ("ConnectionStrings:KisTrader", Database)));

        Assert.StartsWith($"Kis:Cluster:EncryptionKey is required in {mode} mode", failure, StringComparison.Ordinal);
        Assert.Contains("Kis__Cluster__EncryptionKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void PaperWithAKeyFile_Loads()
    {
        var options = SiloHostOptions.Load(Configuration(("KisTrader:Mode", "Paper"), ("ConnectionStrings:KisTrader", Database), ("Kis:Cluster:EncryptionKeyFile", "/run/secrets/kis-token.key")));

        Assert.Equal(KisTrader.Grains.Storage.TradingMode.Paper, options.Mode);
    }

    [Fact]
    public void TheTokenEncryptionKeyInAConfigurationFile_IsRefusedWithoutEchoingIt()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("kis-wiring-").FullName, "appsettings.json");
        try
        {
            File.WriteAllText(file, $$"""{ "Kis": { "Cluster": { "EncryptionKey": "{{Key}}" } } }""");
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();

            var failure = Assert.Single(Assert.Throws<OptionsValidationException>(() => SiloHostOptions.Load(configuration)).Failures);

            Assert.Equal($"Kis:Cluster:EncryptionKey must not be set in the configuration file 'appsettings.json': use the environment variable Kis__Cluster__EncryptionKey or user-secrets", failure);
            Assert.DoesNotContain(Key, failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void ATokenStoreOtherThanTheClusters_IsRefused()
    {
        var failure = Assert.Single(Failures(("Kis:Auth:TokenStore", "File")));

        Assert.StartsWith("Kis:Auth:TokenStore must be External in a silo (value: 'File')", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultRun_RefusesPaperMode_AndBadSimulationSettings()
    {
        var paper = Assert.Throws<OptionsValidationException>(() => SimulationOptions.Load(Configuration(("KisTrader:Simulation:Start", "2026-11-23T15:29:00"))));
        Assert.Equal(["KisTrader:Simulation:Start must be an ISO 8601 instant with an offset, e.g. 2026-11-23T15:29:00+09:00 (value: '2026-11-23T15:29:00')"], paper.Failures);

        var unknown = Assert.Throws<OptionsValidationException>(() => SimulationOptions.Load(Configuration(("KisTrader:Simulation:Sped", "60"))));
        Assert.Equal(["KisTrader:Simulation:Sped is not a setting (settings: FastForward, FastForwardHorizon, LogLevel, Seed, Speed, Start, StartBeforeClose)"], unknown.Failures);
    }

    [Fact]
    public async Task TheDefaultRun_InPaperMode_IsRefusedBeforeAnythingStarts()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SimulationRun.StartAsync([], new Dictionary<string, string?> { ["KisTrader:Mode"] = "Paper" }, TextWriter.Null, cancellationToken: TestContext.Current.CancellationToken));

        Assert.StartsWith("KisTrader:Mode is Paper: the default run is the simulator", Assert.Single(refused.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void TheClockStartsOneMinuteBeforeTheLastClose_SkippingWeekendsAndTheDayNotYetClosed()
    {
        var kst = TimeSpan.FromHours(9);
        var calendar = KisTrader.Trading.Calendar.KrxCalendar.Default;

        // Sunday 2026-11-29 → Friday 2026-11-27; Monday 2026-11-30 at 10:00 (not closed yet) → Friday as well.
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 15, 29, 0, kst), SimulationStart.LastTradingDay(new DateTimeOffset(2026, 11, 29, 12, 0, 0, kst), calendar, TimeSpan.FromMinutes(1)).Start);
        Assert.Equal(new DateOnly(2026, 11, 27), SimulationStart.LastTradingDay(new DateTimeOffset(2026, 11, 30, 10, 0, 0, kst), calendar, TimeSpan.FromMinutes(1)).TradingDay);
        // Monday after its close → Monday 15:29:00.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 29, 0, kst), SimulationStart.LastTradingDay(new DateTimeOffset(2026, 11, 30, 15, 30, 0, kst), calendar, TimeSpan.FromMinutes(1)).Start);
    }
}
