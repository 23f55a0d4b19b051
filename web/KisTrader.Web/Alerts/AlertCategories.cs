using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Alerts;

/// <summary>
/// The one place that maps what grains publish to the dashboard's alert categories, and the categories' hub names.
/// Generic over <see cref="TradingEvent"/>: a payload type added later falls into its <see cref="TradingEventCategory"/>'s
/// category, refined only by its type name (…Fill…, …Exit…, …Error…/…Refused…/…Failed…), so new payloads flow unchanged.
/// </summary>
public static class AlertCategories
{
    /// <summary>Every category in a stable order.</summary>
    public static ImmutableArray<AlertCategory> All { get; } = [.. Enum.GetValues<AlertCategory>()];

    /// <summary>The hub name of a category: signals, orders, fills, exits, risk, system.</summary>
    public static string Name(AlertCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>A hub name (case-insensitive; <c>errors</c> is <c>risk</c>) back to its category.</summary>
    public static bool TryParse(string? name, out AlertCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 16)
        {
            return false;
        }

        var trimmed = name.Trim().ToLowerInvariant();
        if (trimmed == "errors")
        {
            category = AlertCategory.Risk;
            return true;
        }

        foreach (var candidate in All)
        {
            if (Name(candidate) == trimmed)
            {
                category = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The alert category of an event, from its category and payload type name.</summary>
    public static AlertCategory Of(TradingEventCategory category, string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (category is TradingEventCategory.Risk or TradingEventCategory.Reconciliation || IsError(type))
        {
            return AlertCategory.Risk;
        }

        return category switch
        {
            TradingEventCategory.Session or TradingEventCategory.Symbol or TradingEventCategory.AfterHours => AlertCategory.Signals,
            TradingEventCategory.Order => type.Contains("Fill", StringComparison.Ordinal) ? AlertCategory.Fills : AlertCategory.Orders,
            TradingEventCategory.Position => type.Contains("Fill", StringComparison.Ordinal) ? AlertCategory.Fills : AlertCategory.Exits,
            _ => AlertCategory.System,
        };
    }

    /// <summary>
    /// The alert category of an event, refined by its payload: a KIS budget pause, a refused token, an order a person
    /// must hear about (rejection, give-up, ambiguous lookup) and a session closed not flat are errors; an order's
    /// counted execution is a fill (with its journal sequence, beside the broker's unsequenced fill notice).
    /// </summary>
    public static AlertCategory Of(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Payload switch
        {
            RateBudgetChanged { Change: RateBudgetChange.Paused } or KisAuthChanged { Change: KisAuthChange.TokenInvalidated } => AlertCategory.Risk,
            OrderChanged { Alert: true } or SessionClosed { Alert: true } => AlertCategory.Risk,
            OrderChanged { Change: OrderChange.Filled } => AlertCategory.Fills,
            _ => Of(e.Category, e.Type),
        };
    }

    private static bool IsError(string type) =>
        type.Contains("Error", StringComparison.Ordinal) || type.Contains("Failed", StringComparison.Ordinal)
        || type.Contains("Refused", StringComparison.Ordinal) || type.Contains("Rejected", StringComparison.Ordinal)
        || type.Contains("Halt", StringComparison.Ordinal);
}
