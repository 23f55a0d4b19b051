namespace KisTrader.Kis.Simulator.Tests.Quotations;

/// <summary>
/// The documented output field lists (kis-api.md §4, expanded from the OTA examples where the spec abbreviates), in
/// order. Written out here independently of the simulator so a renamed or missing field fails a test.
/// </summary>
internal static class FieldLists
{
    public static readonly string[] InquirePrice =
    [
        "iscd_stat_cls_code", "marg_rate", "rprs_mrkt_kor_name", "new_hgpr_lwpr_cls_code", "bstp_kor_isnm", "temp_stop_yn",
        "oprc_rang_cont_yn", "clpr_rang_cont_yn", "crdt_able_yn", "grmn_rate_cls_code", "elw_pblc_yn", "stck_prpr", "prdy_vrss",
        "prdy_vrss_sign", "prdy_ctrt", "acml_tr_pbmn", "acml_vol", "prdy_vrss_vol_rate", "stck_oprc", "stck_hgpr", "stck_lwpr",
        "stck_mxpr", "stck_llam", "stck_sdpr", "wghn_avrg_stck_prc", "hts_frgn_ehrt", "frgn_ntby_qty", "pgtr_ntby_qty",
        "pvt_scnd_dmrs_prc", "pvt_frst_dmrs_prc", "pvt_pont_val", "pvt_frst_dmsp_prc", "pvt_scnd_dmsp_prc", "dmrs_val", "dmsp_val",
        "cpfn", "rstc_wdth_prc", "stck_fcam", "stck_sspr", "aspr_unit", "hts_deal_qty_unit_val", "lstn_stcn", "hts_avls", "per", "pbr",
        "stac_month", "vol_tnrt", "eps", "bps", "d250_hgpr", "d250_hgpr_date", "d250_hgpr_vrss_prpr_rate", "d250_lwpr",
        "d250_lwpr_date", "d250_lwpr_vrss_prpr_rate", "stck_dryy_hgpr", "dryy_hgpr_vrss_prpr_rate", "dryy_hgpr_date",
        "stck_dryy_lwpr", "dryy_lwpr_vrss_prpr_rate", "dryy_lwpr_date", "w52_hgpr", "w52_hgpr_vrss_prpr_ctrt", "w52_hgpr_date",
        "w52_lwpr", "w52_lwpr_vrss_prpr_ctrt", "w52_lwpr_date", "whol_loan_rmnd_rate", "ssts_yn", "stck_shrn_iscd", "fcam_cnnm",
        "cpfn_cnnm", "apprch_rate", "frgn_hldn_qty", "vi_cls_code", "ovtm_vi_cls_code", "last_ssts_cntg_qty", "invt_caful_yn",
        "mrkt_warn_cls_code", "short_over_yn", "sltr_yn", "mang_issu_cls_code",
    ];

    public static readonly string[] Ccnl = ["stck_cntg_hour", "stck_prpr", "prdy_vrss", "prdy_vrss_sign", "cntg_vol", "tday_rltv", "prdy_ctrt"];

    public static readonly string[] DailyChart1 =
    [
        "prdy_vrss", "prdy_vrss_sign", "prdy_ctrt", "stck_prdy_clpr", "acml_vol", "acml_tr_pbmn", "hts_kor_isnm", "stck_prpr",
        "stck_shrn_iscd", "prdy_vol", "stck_mxpr", "stck_llam", "stck_oprc", "stck_hgpr", "stck_lwpr", "stck_prdy_oprc",
        "stck_prdy_hgpr", "stck_prdy_lwpr", "askp", "bidp", "prdy_vrss_vol", "vol_tnrt", "stck_fcam", "lstn_stcn", "cpfn", "hts_avls",
        "per", "eps", "pbr", "itewhol_loan_rmnd_ratem",
    ];

    public static readonly string[] DailyChart2 =
    [
        "stck_bsop_date", "stck_clpr", "stck_oprc", "stck_hgpr", "stck_lwpr", "acml_vol", "acml_tr_pbmn", "flng_cls_code", "prtt_rate",
        "mod_yn", "prdy_vrss_sign", "prdy_vrss", "revl_issu_reas",
    ];

    public static readonly string[] TimeChart1 = ["prdy_vrss", "prdy_vrss_sign", "prdy_ctrt", "stck_prdy_clpr", "acml_vol", "acml_tr_pbmn", "hts_kor_isnm", "stck_prpr"];

    public static readonly string[] TimeChart2 = ["stck_bsop_date", "stck_cntg_hour", "stck_prpr", "stck_oprc", "stck_hgpr", "stck_lwpr", "cntg_vol", "acml_tr_pbmn"];

    public static readonly string[] OvertimePrice =
    [
        "bstp_kor_isnm", "mang_issu_cls_name", "ovtm_untp_prpr", "ovtm_untp_prdy_vrss", "ovtm_untp_prdy_vrss_sign", "ovtm_untp_prdy_ctrt",
        "ovtm_untp_vol", "ovtm_untp_tr_pbmn", "ovtm_untp_mxpr", "ovtm_untp_llam", "ovtm_untp_oprc", "ovtm_untp_hgpr", "ovtm_untp_lwpr",
        "marg_rate", "ovtm_untp_antc_cnpr", "ovtm_untp_antc_cntg_vrss", "ovtm_untp_antc_cntg_vrss_sign", "ovtm_untp_antc_cntg_ctrt",
        "ovtm_untp_antc_cnqn", "crdt_able_yn", "new_lstn_cls_name", "sltr_yn", "mang_issu_yn", "mrkt_warn_cls_code", "trht_yn",
        "vlnt_deal_cls_name", "ovtm_untp_sdpr", "mrkt_warn_cls_name", "revl_issu_reas_name", "insn_pbnt_yn", "flng_cls_name",
        "rprs_mrkt_kor_name", "ovtm_vi_cls_code", "bidp", "askp",
    ];

    public static readonly string[] OvertimeAsking =
    [
        "ovtm_untp_last_hour",
        .. Levels("ovtm_untp_askp"), .. Levels("ovtm_untp_bidp"), .. Levels("ovtm_untp_askp_icdc"), .. Levels("ovtm_untp_bidp_icdc"),
        .. Levels("ovtm_untp_askp_rsqn"),
        "ovtm_untp_bidp_rsqn1", "ovtm_untp_bidp_rsqn", "ovtm_untp_bidp_rsqn3", "ovtm_untp_bidp_rsqn4", "ovtm_untp_bidp_rsqn5",
        "ovtm_untp_bidp_rsqn6", "ovtm_untp_bidp_rsqn7", "ovtm_untp_bidp_rsqn8", "ovtm_untp_bidp_rsqn9", "ovtm_untp_bidp_rsqn10",
        "ovtm_untp_total_askp_rsqn", "ovtm_untp_total_bidp_rsqn", "ovtm_untp_total_askp_rsqn_icdc", "ovtm_untp_total_bidp_rsqn_icdc",
        "ovtm_untp_ntby_bidp_rsqn", "total_askp_rsqn", "total_bidp_rsqn", "total_askp_rsqn_icdc", "total_bidp_rsqn_icdc",
        "ovtm_total_askp_rsqn", "ovtm_total_bidp_rsqn", "ovtm_total_askp_icdc", "ovtm_total_bidp_icdc",
    ];

    public static readonly string[] OvertimeState =
    [
        "ovtm_untp_prpr", "ovtm_untp_prdy_vrss", "ovtm_untp_prdy_vrss_sign", "ovtm_untp_prdy_ctrt", "ovtm_untp_vol", "ovtm_untp_tr_pbmn",
        "ovtm_untp_mxpr", "ovtm_untp_llam", "ovtm_untp_oprc", "ovtm_untp_hgpr", "ovtm_untp_lwpr", "ovtm_untp_antc_cnpr",
        "ovtm_untp_antc_cntg_vrss", "ovtm_untp_antc_cntg_vrss_sign", "ovtm_untp_antc_cntg_ctrt", "ovtm_untp_antc_vol",
    ];

    public static readonly string[] OvertimeConclusion1 = [.. OvertimeState, "uplm_sign", "lslm_sign"];

    public static readonly string[] OvertimeConclusion2 = ["stck_cntg_hour", "stck_prpr", "prdy_vrss", "prdy_vrss_sign", "prdy_ctrt", "askp", "bidp", "acml_vol", "cntg_vol"];

    public static readonly string[] DailyOvertime2 =
    [
        "stck_bsop_date", "ovtm_untp_prpr", "ovtm_untp_prdy_vrss", "ovtm_untp_prdy_vrss_sign", "ovtm_untp_prdy_ctrt", "ovtm_untp_vol",
        "stck_clpr", "prdy_vrss", "prdy_vrss_sign", "prdy_ctrt", "acml_vol", "ovtm_untp_tr_pbmn",
    ];

    public static readonly string[] IndexPrice =
    [
        "bstp_nmix_prpr", "bstp_nmix_prdy_vrss", "prdy_vrss_sign", "bstp_nmix_prdy_ctrt", "acml_vol", "prdy_vol", "acml_tr_pbmn",
        "prdy_tr_pbmn", "bstp_nmix_oprc", "prdy_nmix_vrss_nmix_oprc", "oprc_vrss_prpr_sign", "bstp_nmix_oprc_prdy_ctrt", "bstp_nmix_hgpr",
        "prdy_nmix_vrss_nmix_hgpr", "hgpr_vrss_prpr_sign", "bstp_nmix_hgpr_prdy_ctrt", "bstp_nmix_lwpr", "prdy_clpr_vrss_lwpr",
        "lwpr_vrss_prpr_sign", "prdy_clpr_vrss_lwpr_rate", "ascn_issu_cnt", "uplm_issu_cnt", "stnr_issu_cnt", "down_issu_cnt",
        "lslm_issu_cnt", "dryy_bstp_nmix_hgpr", "dryy_hgpr_vrss_prpr_rate", "dryy_bstp_nmix_hgpr_date", "dryy_bstp_nmix_lwpr",
        "dryy_lwpr_vrss_prpr_rate", "dryy_bstp_nmix_lwpr_date", "total_askp_rsqn", "total_bidp_rsqn", "seln_rsqn_rate",
        "shnu_rsqn_rate", "ntby_rsqn",
    ];

    public static readonly string[] IndexChart1 =
    [
        "bstp_nmix_prdy_vrss", "prdy_vrss_sign", "bstp_nmix_prdy_ctrt", "prdy_nmix", "acml_vol", "acml_tr_pbmn", "hts_kor_isnm",
        "bstp_nmix_prpr", "bstp_cls_code", "prdy_vol", "bstp_nmix_oprc", "bstp_nmix_hgpr", "bstp_nmix_lwpr", "futs_prdy_oprc",
        "futs_prdy_hgpr", "futs_prdy_lwpr",
    ];

    public static readonly string[] IndexChart2 = ["stck_bsop_date", "bstp_nmix_prpr", "bstp_nmix_oprc", "bstp_nmix_hgpr", "bstp_nmix_lwpr", "acml_vol", "acml_tr_pbmn", "mod_yn"];

    public static readonly string[] VolumeRank =
    [
        "hts_kor_isnm", "mksc_shrn_iscd", "data_rank", "stck_prpr", "prdy_vrss_sign", "prdy_vrss", "prdy_ctrt", "acml_vol", "prdy_vol",
        "lstn_stcn", "avrg_vol", "n_befr_clpr_vrss_prpr_rate", "vol_inrt", "vol_tnrt", "nday_vol_tnrt", "avrg_tr_pbmn", "tr_pbmn_tnrt",
        "nday_tr_pbmn_tnrt", "acml_tr_pbmn",
    ];

    public static readonly string[] Holiday = ["bass_dt", "wday_dvsn_cd", "bzdy_yn", "tr_day_yn", "opnd_yn", "sttl_day_yn"];

    private static IEnumerable<string> Levels(string prefix) => Enumerable.Range(1, 10).Select(i => prefix + i);
}
