using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Market;

/// <summary>Market model settings (configuration section "Market").</summary>
internal sealed class SimMarketOptions
{
    public const string Section = "Market";

    /// <summary>Seed of the synthetic market (default 42). Same seed ⇒ identical market.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>First date with data; the first trading day on or after it is day 0 of the history (default 2024-01-02).</summary>
    public DateOnly HistoryStart { get; set; } = new(2024, 1, 2);

    /// <summary>Years of calendar indexed from <see cref="HistoryStart"/> (default 12).</summary>
    [Range(1, 40)]
    public int CalendarYears { get; set; } = 12;

    /// <summary>Generated trading days kept in memory (default 3; a day of the default universe is about 35 MB).</summary>
    [Range(1, 64)]
    public int CachedDays { get; set; } = 3;

    /// <summary>KOSPI listings of the default universe incl. ETFs/ETNs/REITs/preferred (default 950).</summary>
    [Range(50, 5000)]
    public int KospiListings { get; set; } = 950;

    /// <summary>KOSDAQ listings of the default universe incl. SPACs/preferred (default 1,750).</summary>
    [Range(50, 5000)]
    public int KosdaqListings { get; set; } = 1750;

    /// <summary>Scenario file loaded at start-up (the --scenario flag), or null.</summary>
    public string? ScenarioPath { get; set; }

    /// <summary>KOSPI index (0001) level at the history start (default 2,650).</summary>
    [Range(1, 100_000)]
    public double KospiBaseLevel { get; set; } = 2650;

    /// <summary>KOSDAQ index (1001) level at the history start (default 870).</summary>
    [Range(1, 100_000)]
    public double KosdaqBaseLevel { get; set; } = 870;

    /// <summary>URL path of the KOSPI master zip (default /common/master/kospi_code.mst.zip, as on KIS's download host).</summary>
    public string KospiMasterPath { get; set; } = "/common/master/kospi_code.mst.zip";

    /// <summary>URL path of the KOSDAQ master zip.</summary>
    public string KosdaqMasterPath { get; set; } = "/common/master/kosdaq_code.mst.zip";

    /// <summary>URL path of the index-code master zip.</summary>
    public string IndexMasterPath { get; set; } = "/common/master/idxcode.mst.zip";
}
