using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace KisTrader.Testing.LocalClusters;

/// <summary>
/// TLS to a local cluster's servers (HTTPS front ends, Orleans silo and gateway ports, PostgreSQL): no error but an
/// unknown root, and the chain ends at exactly the run's CA (deploy/make-cert.sh's <c>ca.crt</c>, read when first needed).
/// </summary>
public sealed class ClusterTls(string caPath) : IDisposable
{
    private readonly Lazy<X509Certificate2> _ca = new(() => X509CertificateLoader.LoadCertificateFromFile(caPath), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The check itself, for a handler or a WebSocket's <c>RemoteCertificateValidationCallback</c>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_ca.Value);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    /// <summary>A handler that trusts exactly the run's CA.</summary>
    public SocketsHttpHandler Handler()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = Validate;
        return handler;
    }

    /// <summary>The subject of the certificate a TLS server on a loopback port presents, validated against the run's CA.</summary>
    public async Task<string> SubjectAsync(int port, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost", RemoteCertificateValidationCallback = Validate }, cancellationToken);
        return tls.RemoteCertificate!.Subject;
    }

    public void Dispose()
    {
        if (_ca.IsValueCreated)
        {
            _ca.Value.Dispose();
        }
    }
}
