using System.Globalization;

namespace KisTrader.Web.Alerts;

/// <summary>What a client sends to <c>SetAlertPreferences</c>; <see cref="Validate"/> turns it into preferences or says why not.</summary>
public sealed record AlertPreferencesInput(decimal? MinimumMove, string[]? Categories)
{
    /// <summary>The preferences, or the reason the input is refused.</summary>
    public (AlertPreferences? Preferences, string? Error) Validate()
    {
        if (MinimumMove is not { } move || move < 0m || move > AlertPreferences.MaxMinimumMove || decimal.Round(move, 2) != move)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"minimumMove is required: a percent from 0 to {AlertPreferences.MaxMinimumMove} with at most two decimals"));
        }

        if (Categories is null || Categories.Length > AlertCategories.All.Length)
        {
            return (null, $"categories is required: a list of at most {AlertCategories.All.Length} of {string.Join(", ", AlertCategories.All.Select(AlertCategories.Name))}");
        }

        var chosen = new SortedSet<AlertCategory>();
        foreach (var name in Categories)
        {
            if (!AlertCategories.TryParse(name, out var category))
            {
                return (null, $"unknown alert category '{Shorten(name)}': use {string.Join(", ", AlertCategories.All.Select(AlertCategories.Name))}");
            }

            if (!chosen.Add(category))
            {
                return (null, $"alert category '{AlertCategories.Name(category)}' is listed twice");
            }
        }

        return (new AlertPreferences(move, [.. chosen.Select(AlertCategories.Name)]), null);
    }

    internal static string Shorten(string? text) =>
        text is null ? "null" : new string([.. text.Take(20).Select(c => char.IsControl(c) ? '?' : c)]);
}
