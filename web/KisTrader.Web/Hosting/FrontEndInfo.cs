namespace KisTrader.Web.Hosting;

/// <summary>What this front end is, for the start-up report and the system status.</summary>
/// <param name="Mode">OneProcess or Client.</param>
/// <param name="Cluster">The silo or the cluster it reaches, for people.</param>
/// <param name="Storage">Where grain state and keys live, for people (passwords masked).</param>
/// <param name="Simulator">The simulator's address, or null.</param>
/// <param name="KisKeyId">The KIS app key's id (its REST budget grain), or null when unknown here.</param>
public sealed record FrontEndInfo(FrontEndMode Mode, string Cluster, string Storage, Uri? Simulator, string? KisKeyId);
