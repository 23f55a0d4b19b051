namespace KisTrader.Web.Hosting;

/// <summary>How a client-mode front end finds the cluster's gateways (<c>KisTrader:Web:Client:Clustering</c>).</summary>
public enum ClientClustering
{
    /// <summary>The silos' membership table on PostgreSQL (<c>ConnectionStrings:KisTrader</c>): the cluster deployment.</summary>
    AdoNet,

    /// <summary>One silo on this machine at <see cref="WebClientOptions.GatewayPort"/> (development, tests).</summary>
    Localhost,
}
