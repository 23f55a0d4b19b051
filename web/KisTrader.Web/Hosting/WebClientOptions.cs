using System.ComponentModel.DataAnnotations;

namespace KisTrader.Web.Hosting;

/// <summary>Client mode's cluster (section <c>KisTrader:Web:Client</c>).</summary>
public sealed class WebClientOptions
{
    /// <summary>AdoNet (default; needs <c>ConnectionStrings:KisTrader</c>) or Localhost.</summary>
    public ClientClustering Clustering { get; set; } = ClientClustering.AdoNet;

    /// <summary>The cluster id of the silos (default kistrader).</summary>
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{0,149}$")]
    public string ClusterId { get; set; } = "kistrader";

    /// <summary>The service id of the silos (default kistrader).</summary>
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{0,149}$")]
    public string ServiceId { get; set; } = "kistrader";

    /// <summary>Localhost clustering: the silo's gateway port (default 30000).</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;
}
