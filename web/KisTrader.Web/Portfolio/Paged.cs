namespace KisTrader.Web.Portfolio;

/// <summary>One page of a filtered list: <see cref="Total"/> items match, <see cref="Items"/> are page <see cref="Page"/>.</summary>
public sealed record Paged<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);

/// <summary>Makes pages.</summary>
public static class Paging
{
    /// <summary>Page <paramref name="page"/> (1-based) of <paramref name="all"/>.</summary>
    public static Paged<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new Paged<T>(page, pageSize, all.Count, [.. all.Skip((page - 1) * pageSize).Take(pageSize)]);
    }
}
