namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>
/// CTX_AREA_NK100 paging: a page starts after the row whose key the client sent back (keys are ordinal-sortable in the
/// list's order, so a row that disappeared meanwhile does not restart the list). The reply's nk100 is the key of the
/// page's last row.
/// </summary>
internal static class Pager
{
    public static (IReadOnlyList<T> Page, bool HasMore, string NextKey) Take<T>(IReadOnlyList<T> ordered, Func<T, string> key, bool descending, string cursor, int pageSize)
    {
        var start = 0;
        var trimmed = cursor.Trim();
        if (trimmed.Length > 0)
        {
            start = ordered.Count;
            for (var i = 0; i < ordered.Count; i++)
            {
                var comparison = string.CompareOrdinal(key(ordered[i]), trimmed);
                if (descending ? comparison < 0 : comparison > 0)
                {
                    start = i;
                    break;
                }
            }
        }

        var page = ordered.Skip(start).Take(pageSize).ToList();
        var hasMore = start + page.Count < ordered.Count;
        return (page, hasMore, page.Count > 0 ? key(page[^1]) : trimmed);
    }
}
