using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Trading;

/// <summary>
/// Order, account and matching settings of the simulated broker (configuration section <c>Simulator:Trading</c>).
/// Page sizes follow kis-api.md §4.11/§4.12; fees follow §7 (sell tax from 2026-01-01).
/// </summary>
public sealed class SimTradingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:Trading";

    /// <summary>Brokerage commission as a fraction of the executed amount, charged on buys and sells. Default 0.00015 (0.015%).</summary>
    [Range(typeof(decimal), "0", "0.01")]
    public decimal CommissionRate { get; set; } = 0.00015m;

    /// <summary>Securities transaction tax on sells of ordinary shares (KOSPI and KOSDAQ), as a fraction. Default 0.0020 (0.20%, 2026).</summary>
    [Range(typeof(decimal), "0", "0.01")]
    public decimal SellTaxRate { get; set; } = 0.0020m;

    /// <summary>Sell tax for ETF/ETN (exempt from the transaction tax in Korea). Default 0.</summary>
    [Range(typeof(decimal), "0", "0.01")]
    public decimal EtfSellTaxRate { get; set; }

    /// <summary>inquire-balance rows per page on a real account. Default 50.</summary>
    [Range(1, 1000)]
    public int BalancePageSizeReal { get; set; } = 50;

    /// <summary>inquire-balance rows per page on a paper account. Default 20.</summary>
    [Range(1, 1000)]
    public int BalancePageSizePaper { get; set; } = 20;

    /// <summary>inquire-daily-ccld rows per page on a real account. Default 100.</summary>
    [Range(1, 1000)]
    public int DailyCcldPageSizeReal { get; set; } = 100;

    /// <summary>inquire-daily-ccld rows per page on a paper account. Default 15.</summary>
    [Range(1, 1000)]
    public int DailyCcldPageSizePaper { get; set; } = 15;

    /// <summary>inquire-psbl-rvsecncl rows per page (real only). Default 50.</summary>
    [Range(1, 1000)]
    public int PsblRvsecnclPageSize { get; set; } = 50;

    /// <summary>KRX_FWDG_ORD_ORGNO returned on real accounts. Default "06010".</summary>
    [Required, RegularExpression("^[0-9]{5}$")]
    public string OrderBranchReal { get; set; } = "06010";

    /// <summary>KRX_FWDG_ORD_ORGNO returned on paper accounts. Default "00950".</summary>
    [Required, RegularExpression("^[0-9]{5}$")]
    public string OrderBranchPaper { get; set; } = "00950";

    /// <summary>
    /// Share of an auction's matched volume (opening, closing, after-hours single price) that this simulator's
    /// orders may take together, in time priority. Default 1.0: at most the auction's own volume.
    /// </summary>
    [Range(typeof(decimal), "0", "1")]
    public decimal AuctionFillShareOfVolume { get; set; } = 1.0m;

    /// <summary>
    /// Share of the market volume printed at or through a resting limit order's price that fills it. Default 1.0.
    /// </summary>
    [Range(typeof(decimal), "0", "1")]
    public decimal RestingFillShareOfVolume { get; set; } = 1.0m;

    /// <summary>
    /// Whether a resting limit order also fills on prints exactly at its price (queue position ignored).
    /// Default false: only prints strictly through the price fill it (conservative).
    /// </summary>
    public bool FillRestingAtTouch { get; set; }

    /// <summary>How often the background pump advances the trading book to the simulated clock. Default 100 ms (wall time).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PumpInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Trading days between trade date and settlement (D+2). Default 2.</summary>
    [Range(0, 5)]
    public int SettlementDays { get; set; } = 2;
}
