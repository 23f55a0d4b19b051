using KisTrader.GrainInterfaces;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Selection;

namespace KisTrader.Grains.Portfolio;

/// <summary>
/// Puts portfolio overrides over the configured screening options and checks the result with the strategy options'
/// own rules (<see cref="OptionsValidation"/>: the same ranges, whole-won budget, known mode and
/// SelectedCount + BackupCount ≤ MaxCandidates that the silo checks at start). Pure.
/// </summary>
public static class PortfolioRules
{
    /// <summary>The portfolio values of <paramref name="screening"/>.</summary>
    public static PortfolioSettings Settings(ScreeningOptions screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return new PortfolioSettings(screening.Allocation.SessionBudget, screening.Selection.SelectedCount, screening.Selection.BackupCount, screening.Allocation.Mode);
    }

    /// <summary>
    /// A copy of <paramref name="screening"/> with the overridden values (the other sections are shared, not copied:
    /// options are never changed after start). <paramref name="overrides"/> null or empty returns the options as they are.
    /// </summary>
    public static ScreeningOptions Apply(ScreeningOptions screening, PortfolioOverrides? overrides)
    {
        ArgumentNullException.ThrowIfNull(screening);
        if (overrides is null || overrides.IsEmpty)
        {
            return screening;
        }

        return new ScreeningOptions
        {
            Universe = screening.Universe,
            Features = screening.Features,
            Conditions = screening.Conditions,
            Adjustment = screening.Adjustment,
            Selection = new SelectionOptions
            {
                SelectedCount = overrides.SelectedCount ?? screening.Selection.SelectedCount,
                BackupCount = overrides.BackupCount ?? screening.Selection.BackupCount,
            },
            Allocation = new AllocationOptions
            {
                SessionBudget = overrides.SessionBudget ?? screening.Allocation.SessionBudget,
                Mode = overrides.AllocationMode ?? screening.Allocation.Mode,
            },
        };
    }

    /// <summary>Every failure of the overridden options, each named by its configuration path; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(ScreeningOptions screening, PortfolioOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return OptionsValidation.Validate(Apply(screening, overrides), ScreeningOptions.Section);
    }
}
