using System.Diagnostics;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// <see cref="ClusterTls"/>'s settings: off without a certificate, refusals that name the setting and never echo the
/// password. (TLS on real silos and gateways: <see cref="ClusterLocalScriptTests"/>.)
/// </summary>
public sealed class ClusterTlsTests
{
    [Fact]
    public void IsEnabled_NoCertificatePath_IsFalse()
    {
        Assert.False(ClusterTls.IsEnabled(Configuration(new() { [ClusterTls.CaPathKey] = "/x/ca.crt" })));
        Assert.True(ClusterTls.IsEnabled(Configuration(new() { [ClusterTls.CertificatePathKey] = "/x/server.pfx" })));
    }

    [Fact]
    public async Task Apply_CertificateWithoutCa_IsRefusedNamingTheSetting()
    {
        var certs = await MakeCertificatesAsync();
        try
        {
            var configuration = Configuration(new()
            {
                [ClusterTls.CertificatePathKey] = Path.Combine(certs, "server.pfx"),
                [ClusterTls.CertificatePasswordKey] = await File.ReadAllTextAsync(Path.Combine(certs, "server.pfx.password"), TestContext.Current.CancellationToken),
            });

            var error = Assert.Throws<OptionsValidationException>(() => Host.CreateApplicationBuilder().UseOrleans(silo => ClusterTls.Apply(silo, configuration)));

            Assert.Contains("KisTrader:Tls:CaPath is required", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(certs, recursive: true);
        }
    }

    [Fact]
    public async Task Apply_WrongPassword_IsRefusedWithoutEchoingIt()
    {
        var certs = await MakeCertificatesAsync();
        try
        {
            const string wrong = "not-the-pfx-password-123";
            var configuration = Configuration(new()
            {
                [ClusterTls.CertificatePathKey] = Path.Combine(certs, "server.pfx"),
                [ClusterTls.CertificatePasswordKey] = wrong,
                [ClusterTls.CaPathKey] = Path.Combine(certs, "ca.crt"),
            });

            var error = Assert.Throws<OptionsValidationException>(() => Host.CreateApplicationBuilder().UseOrleansClient(client => ClusterTls.Apply(client, configuration)));

            Assert.Contains("KisTrader:Tls: cannot load the certificate", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(certs, recursive: true);
        }
    }

    [Fact]
    public async Task Apply_ValidCertificateAndCa_ConfiguresTheSilo()
    {
        var certs = await MakeCertificatesAsync();
        try
        {
            var configuration = Configuration(new()
            {
                [ClusterTls.CertificatePathKey] = Path.Combine(certs, "server.pfx"),
                [ClusterTls.CertificatePasswordKey] = await File.ReadAllTextAsync(Path.Combine(certs, "server.pfx.password"), TestContext.Current.CancellationToken),
                [ClusterTls.CaPathKey] = Path.Combine(certs, "ca.crt"),
            });
            var withTls = Host.CreateApplicationBuilder();
            var plain = Host.CreateApplicationBuilder();

            withTls.UseOrleans(silo => ClusterTls.Apply(silo, configuration));
            plain.UseOrleans(silo => ClusterTls.Apply(silo, Configuration([])));

            Assert.True(withTls.Services.Count > plain.Services.Count, "UseTls registered nothing");
        }
        finally
        {
            Directory.Delete(certs, recursive: true);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static async Task<string> MakeCertificatesAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kistrader-certs-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf("deploy/make-cert.sh"));
        start.ArgumentList.Add(dir);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return dir;
    }
}
