namespace KisTrader.Web.Hosting;

/// <summary>How the front end reaches the grains (<c>KisTrader:Web:Mode</c>).</summary>
public enum FrontEndMode
{
    /// <summary>The default: a co-hosted silo, the in-process simulator and the simulated clock in this process.</summary>
    OneProcess,

    /// <summary>An Orleans client of a silo cluster (<see cref="ClientClustering"/>).</summary>
    Client,
}
