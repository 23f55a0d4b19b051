using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Pricing;

/// <summary>One row of the KRX tick table (호가단위): prices below <see cref="UpperExclusive"/> trade in steps of <see cref="Tick"/>.</summary>
public sealed class TickBand
{
    /// <summary>Exclusive upper price bound of the band in KRW; the last band uses 0 to mean "no upper bound".</summary>
    [Range(typeof(decimal), "0", "100000000")]
    public decimal UpperExclusive { get; set; }

    /// <summary>The tick size in KRW within the band.</summary>
    [Range(typeof(decimal), "1", "100000")]
    public decimal Tick { get; set; }
}
