using System.ComponentModel.DataAnnotations;

namespace KisTrader.Silo.Hosting;

/// <summary>The Orleans dashboard (section <c>KisTrader:Dashboard</c>).</summary>
public sealed class SiloDashboardOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = SiloHostOptions.Section + ":Dashboard";

    /// <summary>
    /// Serve the Orleans dashboard at <c>/dashboard</c> on <see cref="Url"/>. The dashboard has no authentication yet
    /// (the web issue adds it), so keep <see cref="Url"/> on a loopback address. When one silo of a cluster enables
    /// it, enable it on every silo: each silo hosts the dashboard's grains. Default false.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The address Kestrel listens on for the dashboard (http or https). Default <c>http://127.0.0.1:8080</c>.</summary>
    [Required(ErrorMessage = "{0} must be an http:// or https:// address such as http://127.0.0.1:8080")]
    public string Url { get; set; } = "http://127.0.0.1:8080";
}
