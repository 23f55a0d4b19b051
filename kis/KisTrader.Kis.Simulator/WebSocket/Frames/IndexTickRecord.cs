using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Api;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// H0UPCNT0 (30 fields): bstp_cls_code, bsop_hour, prpr_nmix, prdy_vrss_sign, bstp_nmix_prdy_vrss, acml_vol,
/// acml_tr_pbmn (백만원), pcas_vol, pcas_tr_pbmn, prdy_ctrt, oprc_nmix, nmix_hgpr, nmix_lwpr, value vs open/high/low
/// with signs, three previous-close ratios of open/high/low, the five breadth counts, qtqt_ascn/down_issu_cnt, tick_vrss.
/// </summary>
internal static class IndexTickRecord
{
    public const int FieldCount = 30;

    /// <param name="i">Index at the tick.</param>
    /// <param name="tickVolume">Volume since the previous tick (pcas_vol).</param>
    /// <param name="tickValue">Trading value since the previous tick (pcas_tr_pbmn, won).</param>
    /// <param name="tickChange">Change since the previous tick (tick_vrss).</param>
    public static string[] Build(SimIndexQuote i, long tickVolume, decimal tickValue, decimal tickChange) =>
    [
        i.IndexCode,
        KisFormat.Hhmmss(i.At),
        KisFormat.Rate(i.Value),
        KisFormat.SignOf(i.Change),
        KisFormat.Rate(i.Change),
        KisFormat.Int(i.Volume),
        KisFormat.Int(i.TradingValue / 1_000_000m),
        KisFormat.Int(tickVolume),
        KisFormat.Int(tickValue / 1_000_000m),
        KisFormat.Rate(i.ChangeRate),
        KisFormat.Rate(i.Open),
        KisFormat.Rate(i.High),
        KisFormat.Rate(i.Low),
        KisFormat.Rate(i.Value - i.Open),
        KisFormat.SignOf(i.Value - i.Open),
        KisFormat.Rate(i.Value - i.High),
        KisFormat.SignOf(i.Value - i.High),
        KisFormat.Rate(i.Value - i.Low),
        KisFormat.SignOf(i.Value - i.Low),
        KisFormat.Percent(i.Open, i.PrevClose),
        KisFormat.Percent(i.High, i.PrevClose),
        KisFormat.Percent(i.Low, i.PrevClose),
        KisFormat.Int(i.UpperLimitCount),
        KisFormat.Int(i.Advancers),
        KisFormat.Int(i.Unchanged),
        KisFormat.Int(i.Decliners),
        KisFormat.Int(i.LowerLimitCount),
        "0",
        "0",
        KisFormat.Rate(tickChange),
    ];
}
