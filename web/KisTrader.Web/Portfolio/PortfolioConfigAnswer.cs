using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Screening.Selection;

namespace KisTrader.Web.Portfolio;

/// <summary>
/// The effective portfolio settings (what the next screen allocates with) and where each comes from: <c>override</c>
/// (the account's run-time configuration) or <c>default</c> (the silos' <c>Strategy</c> configuration).
/// </summary>
/// <param name="SessionBudget">KRW one session's buys may spend.</param>
/// <param name="AllocationMode">Equal or ScoreWeighted.</param>
/// <param name="SelectedCount">Candidates selected for buying.</param>
/// <param name="BackupCount">Backups kept to replace a dropped selection.</param>
/// <param name="Source">Where the figures come from, in words.</param>
/// <param name="Sources">Per setting: <c>override</c> or <c>default</c>.</param>
/// <param name="Defaults">The configured values (null when this front end cannot reach the account's configuration).</param>
/// <param name="Overrides">The overrides (null fields follow the defaults).</param>
/// <param name="Version">Changes so far (0 = never changed).</param>
/// <param name="History">The latest changes, newest first: who, why, when, what.</param>
internal sealed record PortfolioConfigAnswer(
    decimal SessionBudget,
    AllocationMode AllocationMode,
    int SelectedCount,
    int BackupCount,
    string Source,
    IReadOnlyDictionary<string, string> Sources,
    PortfolioSettings? Defaults,
    PortfolioOverrides Overrides,
    int Version,
    ImmutableArray<PortfolioConfigChange> History)
{
    /// <summary>The answer for the account's configuration grain's view.</summary>
    public static PortfolioConfigAnswer From(PortfolioConfigView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var o = view.Overrides;
        var e = view.Effective;
        var source = view.Overrides.IsEmpty
            ? "the silos' Strategy configuration (no override)"
            : $"the account's portfolio configuration v{view.Version} ({view.History.FirstOrDefault()?.RequestedBy ?? "?"}) over the silos' Strategy configuration";
        return new PortfolioConfigAnswer(e.SessionBudget, e.AllocationMode, e.SelectedCount, e.BackupCount, source,
            SourcesOf(o.SessionBudget is not null, o.SelectedCount is not null, o.BackupCount is not null, o.AllocationMode is not null),
            view.Defaults, o, view.Version, view.History);
    }

    /// <summary>The answer when this front end does not know the account: its own Strategy configuration.</summary>
    public static PortfolioConfigAnswer From(PortfolioConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new PortfolioConfigAnswer(config.SessionBudget, config.AllocationMode, config.SelectedCount, config.BackupCount,
            config.Source + "; the account's overrides are not readable here (set Kis:AccountNumber)",
            SourcesOf(false, false, false, false), null, PortfolioOverrides.None, 0, []);
    }

    private static Dictionary<string, string> SourcesOf(bool budget, bool selected, bool backups, bool mode) => new(StringComparer.Ordinal)
    {
        ["sessionBudget"] = budget ? "override" : "default",
        ["selectedCount"] = selected ? "override" : "default",
        ["backupCount"] = backups ? "override" : "default",
        ["allocationMode"] = mode ? "override" : "default",
    };
}
