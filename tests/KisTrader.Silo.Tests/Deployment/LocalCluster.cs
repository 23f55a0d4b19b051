using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// deploy/cluster-local.sh driven from a test: its own run directory and a free block of loopback ports, the build
/// configuration of the test (KISTRADER_CLUSTER_CONFIGURATION overrides it), and the run's files once started.
/// </summary>
internal sealed class LocalCluster : IDisposable
{
    private static readonly int[] PortOffsets = [0, 1, 10, 11, 20, 21, 30];

    public LocalCluster()
    {
        RunDirectory = Directory.CreateTempSubdirectory("kistrader-cluster-").FullName;
        PortBase = FreePortBase();
    }

    public string RunDirectory { get; }

    public int PortBase { get; }

    public int WebPort(int index) => PortBase + 20 + index;

    /// <summary>The run's values (run.env and secrets.env, written by start, 0600).</summary>
    public Dictionary<string, string> RunSettings()
    {
        var settings = EnvFile.ToDictionary(EnvFile.Parse(File.ReadAllText(Path.Combine(RunDirectory, "run.env")))
            .Concat(EnvFile.Parse(File.ReadAllText(Path.Combine(RunDirectory, "secrets.env")))));
        return settings.ToDictionary(p => p.Key, p => p.Value.Trim('\''), StringComparer.Ordinal);
    }

    /// <summary>The PIDs in the run directory, by process name.</summary>
    public Dictionary<string, int> Pids() =>
        Directory.EnumerateFiles(Path.Combine(RunDirectory, "pids"), "*.pid").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => int.Parse(File.ReadAllText(f).Trim(), System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.Ordinal);

    public async Task<(int Code, string Output, string Error)> RunAsync(string command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf("deploy/cluster-local.sh"));
        start.ArgumentList.Add(command);
        start.Environment["KISTRADER_CLUSTER_DIR"] = RunDirectory;
        start.Environment["KISTRADER_LOCAL_PORT_BASE"] = PortBase.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["KISTRADER_CLUSTER_TIMEOUT"] = "300";
        var configuration = Environment.GetEnvironmentVariable("KISTRADER_CLUSTER_CONFIGURATION") ?? BuildConfiguration;
        start.Environment["KISTRADER_CLUSTER_CONFIGURATION"] = configuration;
        // The suite runs after the solution's build: use its output; build only what is missing (a lone test run).
        start.Environment["KISTRADER_CLUSTER_BUILD"] = BuiltPrograms(configuration) ? "0" : "1";
        start.Environment.Remove("KISTRADER_CERT_DIR");

        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster-local.sh {command} did not finish within {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>An HTTP client that trusts exactly the run's CA (deploy/make-cert.sh in the run directory).</summary>
    public HttpClient HttpsClient(string bearer)
    {
        var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(RunDirectory, "certs", "ca.crt"));
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => certificate is not null
            && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
            && ChainsTo(certificate, ca);
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return client;
    }

    /// <summary>The subject of the certificate a TLS server on a loopback port presents, validated against the run's CA.</summary>
    public async Task<string> TlsSubjectAsync(int port)
    {
        var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(RunDirectory, "certs", "ca.crt"));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => certificate is not null
                && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                && ChainsTo(certificate, ca),
        }, TestContext.Current.CancellationToken);
        return tls.RemoteCertificate!.Subject;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(RunDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a log still open by a process that did not stop: the assertion on the stop reports it
        }
    }

    private static bool ChainsTo(X509Certificate certificate, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    private static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static bool BuiltPrograms(string configuration) =>
        new[] { ("KisTrader.Silo", "KisTrader.Silo.dll"), ("KisTrader.Web", "KisTrader.Web.dll"), ("KisTrader.Kis.Simulator", "KisTrader.Kis.Simulator.dll") }
            .All(p => File.Exists(Repository.PathOf(Path.Combine("artifacts", "bin", p.Item1, configuration.ToLowerInvariant(), p.Item2))));

    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(200, 320) * 100 + 5;
            if (PortOffsets.All(o => IsFree(candidate + o)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no free block of loopback ports found");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
