namespace KisTrader.Testing.LocalClusters;

/// <summary>
/// How a <see cref="LocalCluster"/> is laid out: the prefix of its temporary run directory, the block its loopback
/// ports are drawn from, and variables passed to deploy/cluster-local.sh besides the standard ones.
/// </summary>
public sealed record LocalClusterOptions(string RunDirectoryPrefix, PortBlock Ports)
{
    /// <summary>Extra script variables, e.g. <c>KISTRADER_WEB_RATE_LIMIT</c> (they win over the standard ones).</summary>
    public IReadOnlyDictionary<string, string> ScriptEnvironment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
