using KisTrader.Grains.Kis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>Kis:Cluster is validated at start with messages that name the setting.</summary>
public sealed class KisClusterOptionsTests
{
    [Theory]
    [InlineData(null, null, "Kis:Cluster:EncryptionKey or Kis:Cluster:EncryptionKeyFile is required")]
    [InlineData("c2hvcnQ=", null, "Kis:Cluster:EncryptionKey must hold a Base64 256-bit key (32 bytes)")]
    [InlineData(null, "/nonexistent/kistrader.key", "Kis:Cluster:EncryptionKeyFile names a file that does not exist")]
    public void EncryptionKey_MissingOrBad_FailsNamingTheSetting(string? key, string? file, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Kis:Cluster:EncryptionKey"] = key, ["Kis:Cluster:EncryptionKeyFile"] = file }));

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void BudgetTimings_OutOfRange_FailNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Kis:Cluster:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Kis:Cluster:BudgetSyncInterval"] = "00:00:30",
            ["Kis:Cluster:BudgetLeaseDuration"] = "00:00:00.100",
        }));

        Assert.Contains("Kis:Cluster:BudgetSyncInterval must be between 00:00:00.020 and 00:00:10.", error.Failures);
        Assert.Contains("Kis:Cluster:BudgetLeaseDuration must be at least 4 x Kis:Cluster:BudgetSyncInterval", error.Failures);
    }

    [Fact]
    public void Options_KeyFromAFile_AreValid()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kistrader-test-{Guid.NewGuid():N}.key");
        File.WriteAllText(file, Convert.ToBase64String(new byte[32]) + "\n");
        try
        {
            var options = Resolve(new() { ["Kis:Cluster:EncryptionKeyFile"] = file });

            Assert.Equal(file, options.EncryptionKeyFile);
            Assert.Equal(TimeSpan.FromSeconds(3), options.BudgetLeaseDuration);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static KisClusterOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddKisCluster(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<KisClusterOptions>>().Value;
    }
}
