using System.Text.Json.Serialization;
using KisTrader.Testing.LocalClusters;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>A SignalR connection to <c>/hubs/trading</c> of a front end process of a <see cref="LocalCluster"/>: WebSockets over the run's TLS, the key as access token, enums as strings.</summary>
internal static class ClusterHubs
{
    public static HubConnection Connection(LocalCluster cluster, Uri frontEnd, string key) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(frontEnd, "hubs/trading"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.HttpMessageHandlerFactory = _ => cluster.Tls.Handler();
                o.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = cluster.Tls.Validate;
                o.AccessTokenProvider = () => Task.FromResult<string?>(key);
            })
            .AddJsonProtocol(j => j.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
}
