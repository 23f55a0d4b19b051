namespace KisTrader.Kis.Models;

/// <summary>chk-holiday from a date on (paged with CTX_AREA_FK/NK, no "100" suffix). KIS asks for about one call a day.</summary>
/// <param name="BaseDate">BASS_DT.</param>
public sealed record HolidayRequest(DateOnly BaseDate)
{
    /// <param name="ctxAreaFk">ctx_area_fk of the previous page ("" on the first call).</param>
    /// <param name="ctxAreaNk">ctx_area_nk of the previous page ("" on the first call).</param>
    public IReadOnlyDictionary<string, string> ToQuery(string ctxAreaFk = "", string ctxAreaNk = "") => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BASS_DT"] = KisTime.FormatDate(BaseDate),
        ["CTX_AREA_FK"] = ctxAreaFk ?? string.Empty,
        ["CTX_AREA_NK"] = ctxAreaNk ?? string.Empty,
    };
}
