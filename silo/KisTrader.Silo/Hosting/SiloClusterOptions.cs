using System.ComponentModel.DataAnnotations;

namespace KisTrader.Silo.Hosting;

/// <summary>Cluster membership and endpoints (section <c>KisTrader:Cluster</c>).</summary>
public sealed class SiloClusterOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = SiloHostOptions.Section + ":Cluster";

    private const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    private const string IdRule = "{0} must be 1 to 150 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>
    /// The cluster's id: silos (and clients) with the same id and database form one cluster. Change it for a new
    /// deployment that must not meet the old one's silos. Default <c>kistrader</c>.
    /// </summary>
    [Required(ErrorMessage = IdRule)]
    [StringLength(150, MinimumLength = 1, ErrorMessage = IdRule)]
    [RegularExpression(IdPattern, ErrorMessage = IdRule)]
    public string ClusterId { get; set; } = "kistrader";

    /// <summary>
    /// The service's id: grain state and reminders are stored under it, so it must stay the same across deployments
    /// (a new <see cref="ClusterId"/> with the same service id finds the old state). Default <c>kistrader</c>.
    /// </summary>
    [Required(ErrorMessage = IdRule)]
    [StringLength(150, MinimumLength = 1, ErrorMessage = IdRule)]
    [RegularExpression(IdPattern, ErrorMessage = IdRule)]
    public string ServiceId { get; set; } = "kistrader";

    /// <summary>Localhost (one silo, one machine) or AdoNet (PostgreSQL membership, several silos). Default Localhost.</summary>
    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    /// <summary>The silo-to-silo port. Default 11111.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients (the web front ends) connect to. Default 30000.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos and clients use to reach this silo: an IP address or a host name (AdoNet clustering only;
    /// Localhost clustering always uses 127.0.0.1). Default: the address of this machine's host name.
    /// </summary>
    [StringLength(253, ErrorMessage = "{0} must be at most 253 characters")]
    public string? AdvertisedAddress { get; set; }

    /// <summary>
    /// Listen on every local address instead of only the advertised one (AdoNet clustering only; for containers and NAT,
    /// where the advertised address is not a local one). Default false.
    /// </summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>
    /// Seconds a silo waits for another silo's answer to a liveness probe (Orleans' <c>ClusterMembershipOptions.ProbeTimeout</c>;
    /// probes go out at this interval). With <see cref="MissedProbesLimit"/> it sets how soon a killed silo is declared
    /// dead and its grains and reminders move to the survivors. Default 3 (Orleans' own: 5).
    /// </summary>
    [Range(1, 60)]
    public int ProbeTimeoutSeconds { get; set; } = 3;

    /// <summary>
    /// Missed probes in a row after which a silo votes another one dead (<c>ClusterMembershipOptions.NumMissedProbesLimit</c>).
    /// Default 3: a silo that stops answering is declared dead after about 3 × 3 = 9 s, while a silo busy for a few
    /// seconds on a loaded machine is not. Default 3 (Orleans' own).
    /// </summary>
    [Range(1, 10)]
    public int MissedProbesLimit { get; set; } = 3;
}
