using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Connections.Security;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// Orleans' TLS (Microsoft.Orleans.Connections.Security) between silos and from clients (the front ends) to the
/// gateways, switched on by <c>KisTrader:Tls:CertificatePath</c> (a PKCS#12 file such as deploy/make-cert.sh's
/// server.pfx; <c>KisTrader:Tls:CertificatePassword</c> from the environment) and <c>KisTrader:Tls:CaPath</c> (the CA
/// every peer's certificate must chain to). Mutual: each side presents the certificate and accepts only one issued by
/// that CA, so a process without it can neither join nor call the cluster. Unset: plain TCP (keep the ports private).
/// </summary>
public static class ClusterTls
{
    public const string Section = "KisTrader:Tls";
    public const string CertificatePathKey = Section + ":CertificatePath";
    public const string CertificatePasswordKey = Section + ":CertificatePassword";
    public const string CaPathKey = Section + ":CaPath";

    /// <summary>Whether the configuration turns TLS on.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?[CertificatePathKey]);

    /// <summary>TLS on a silo's silo-to-silo and gateway connections when configured.</summary>
    /// <exception cref="OptionsValidationException">A file is missing or unreadable.</exception>
    public static void Apply(ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (Load(configuration) is { } tls)
        {
            silo.UseTls(tls.Certificate, o => Configure(o, tls.Certificate, tls.Ca));
        }
    }

    /// <summary>TLS on a client's gateway connections when configured.</summary>
    /// <exception cref="OptionsValidationException">A file is missing or unreadable.</exception>
    public static void Apply(IClientBuilder client, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (Load(configuration) is { } tls)
        {
            client.UseTls(tls.Certificate, o => Configure(o, tls.Certificate, tls.Ca));
        }
    }

    private static void Configure(TlsOptions options, X509Certificate2 certificate, X509Certificate2 ca)
    {
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Peers are reached by IP or container name: trust is the private CA, not the name.
        options.RemoteCertificateValidation = (remote, _, errors) =>
            remote is not null
            && (errors & ~(SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch)) == SslPolicyErrors.None
            && ChainsTo(remote, ca);
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static (X509Certificate2 Certificate, X509Certificate2 Ca)? Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsEnabled(configuration))
        {
            return null;
        }

        var path = configuration[CertificatePathKey]!;
        var caPath = configuration[CaPathKey];
        try
        {
            if (string.IsNullOrWhiteSpace(caPath))
            {
                throw new InvalidOperationException($"{CaPathKey} is required with {CertificatePathKey} (the CA the peers' certificates chain to)");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
            return certificate.HasPrivateKey
                ? (certificate, X509CertificateLoader.LoadCertificateFromFile(caPath))
                : throw new InvalidOperationException($"{CertificatePathKey}: '{path}' holds no private key");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or InvalidOperationException)
        {
            throw new OptionsValidationException(Section, typeof(ClusterTls), [e is InvalidOperationException ? e.Message : $"{Section}: cannot load the certificate ({e.GetType().Name}: {e.Message})"]);
        }
    }
}
