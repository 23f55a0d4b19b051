using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Portfolio;

/// <summary>A position with its live P&amp;L (the grain's figures; <see cref="Return"/> = last ÷ average − 1 while held).</summary>
public sealed record PositionRow(
    string Key, DateOnly EntryDate, string Symbol, string? Name, PositionStatus Status, long Quantity, decimal AveragePrice,
    decimal? LastPrice, decimal UnrealizedPnL, decimal RealizedPnL, decimal? Return, PositionEntry? Entry,
    IReadOnlyList<string> OrderIds, DateTimeOffset UpdatedAt)
{
    /// <summary>The row of a grain's view.</summary>
    public static PositionRow From(PositionView view, string? name)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (date, code) = GrainKeys.ParsePosition(view.Key);
        decimal? r = view.Quantity > 0 && view.AveragePrice > 0 && view.LastPrice is { } last ? decimal.Round(last / view.AveragePrice - 1m, 6) : null;
        return new PositionRow(view.Key, date, code, name, view.Status, view.Quantity, view.AveragePrice, view.LastPrice,
            view.UnrealizedPnL, view.RealizedPnL, r, view.Entry, view.OrderIds, view.UpdatedAt);
    }
}
