namespace KisTrader.Kis.Models;

/// <summary>How an endpoint pages (kis-api.md §2.6): which body keys carry the continuation context.</summary>
public enum KisPaging
{
    /// <summary>One call answers everything (charts page by moving their date/time parameters instead).</summary>
    None,

    /// <summary>ctx_area_fk100 / ctx_area_nk100 in the reply, sent back as CTX_AREA_FK100 / CTX_AREA_NK100 with tr_cont "N".</summary>
    Ctx100,

    /// <summary>ctx_area_fk / ctx_area_nk in the reply, sent back as CTX_AREA_FK / CTX_AREA_NK (chk-holiday).</summary>
    Ctx,
}
