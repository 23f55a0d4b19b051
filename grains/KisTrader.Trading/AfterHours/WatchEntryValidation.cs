namespace KisTrader.Trading.AfterHours;

/// <summary>Rejects watch entries a decision could not be trusted on (bad prices, duplicate codes).</summary>
internal static class WatchEntryValidation
{
    public static List<WatchEntry> Check(IEnumerable<WatchEntry> entries, string paramName)
    {
        ArgumentNullException.ThrowIfNull(entries, paramName);
        var list = entries.ToList();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            var problem = e switch
            {
                null => "an entry is null",
                { Code: null or "" } => "an entry has no code",
                _ when !codes.Add(e.Code) => $"{e.Code} appears twice",
                { Rank: < 1 } => $"{e.Code}: rank must be 1 or more",
                { Close: <= 0m } => $"{e.Code}: close must be positive",
                { PreviousClose: <= 0m } => $"{e.Code}: previous close must be positive",
                { AllocatedAmount: < 0m } => $"{e.Code}: allocated amount must not be negative",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException(problem, paramName);
            }
        }

        return list;
    }
}
