namespace KisTrader.Silo.Hosting;

/// <summary>How silos find each other (<c>KisTrader:Cluster:Clustering</c>).</summary>
public enum ClusteringKind
{
    /// <summary>One silo on this machine, on 127.0.0.1; membership is kept in memory.</summary>
    Localhost,

    /// <summary>Membership in PostgreSQL (<c>orleansmembershiptable</c>): any number of silos on any machines.</summary>
    AdoNet,
}
