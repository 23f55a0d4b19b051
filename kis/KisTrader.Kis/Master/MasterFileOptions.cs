using System.ComponentModel.DataAnnotations;
using KisTrader.Kis.Configuration;

namespace KisTrader.Kis.Master;

/// <summary>
/// Where and how master files are downloaded. Bound from the <c>Kis</c> section (the same section as the client's
/// options): <c>Kis:MasterFileBaseUrl</c>, <c>Kis:MasterFileTimeout</c>, <c>Kis:MasterFileMaxBytes</c>. Validated at start
/// by the source-generated <see cref="MasterFileOptionsValidator"/>.
/// </summary>
public sealed class MasterFileOptions
{
    public const string SectionName = "Kis";

    /// <summary>KIS's download host; the simulator serves the same paths under its own base URL.</summary>
    public const string DefaultBaseUrl = "https://new.real.download.dws.co.kr/common/master/";

    /// <summary>Base URL; the file names kospi_code.mst.zip / kosdaq_code.mst.zip are appended.</summary>
    [Required(ErrorMessage = "{0} is required.")]
    [AbsoluteUrl("http", "https", ErrorMessage = "{0} must be an absolute {1} URL.")]
    public string MasterFileBaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Timeout of one download (default 1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MasterFileTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest zip accepted (default 64 MB; the real files are well under 1 MB).</summary>
    [Range(typeof(long), "1024", "1073741824")]
    public long MasterFileMaxBytes { get; set; } = 64L * 1024 * 1024;
}
