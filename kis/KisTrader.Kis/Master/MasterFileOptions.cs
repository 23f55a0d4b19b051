using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Master;

/// <summary>
/// Where and how master files are downloaded. Bound from the <c>Kis</c> section (the same section as the client's
/// options): <c>Kis:MasterFileBaseUrl</c>, <c>Kis:MasterFileTimeout</c>, <c>Kis:MasterFileMaxBytes</c>.
/// </summary>
public sealed class MasterFileOptions
{
    public const string SectionName = "Kis";

    /// <summary>KIS's download host; the simulator serves the same paths under its own base URL.</summary>
    public const string DefaultBaseUrl = "https://new.real.download.dws.co.kr/common/master/";

    /// <summary>Base URL; the file names kospi_code.mst.zip / kosdaq_code.mst.zip are appended.</summary>
    [Required(ErrorMessage = "Kis:MasterFileBaseUrl is required.")]
    public string MasterFileBaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Timeout of one download (default 1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Kis:MasterFileTimeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan MasterFileTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest zip accepted (default 64 MB; the real files are well under 1 MB).</summary>
    [Range(1_024L, 1_073_741_824L, ErrorMessage = "Kis:MasterFileMaxBytes must be between 1024 and 1073741824.")]
    public long MasterFileMaxBytes { get; set; } = 64L * 1024 * 1024;
}
