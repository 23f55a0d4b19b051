using System.Collections.Immutable;

namespace KisTrader.Web.Alerts;

/// <summary>
/// One API key's alert preferences: the categories its dashboards join at connection, and the minimum price move
/// (percent against the previous close) a quote must show to be raised as a move alert in the feed.
/// </summary>
/// <param name="MinimumMove">Percent, 0 to <see cref="MaxMinimumMove"/>; 0 raises every move.</param>
/// <param name="Categories">Hub names of the categories (signals, orders, fills, exits, risk, system).</param>
public sealed record AlertPreferences(decimal MinimumMove, ImmutableArray<string> Categories)
{
    /// <summary>The largest minimum move accepted (KRX's daily limit is ±30 %).</summary>
    public const decimal MaxMinimumMove = 30m;

    /// <summary>What a key has before it saves any: every category, minimum move 3 %.</summary>
    public static AlertPreferences Default { get; } = new(3m, [.. AlertCategories.All.Select(AlertCategories.Name)]);
}
