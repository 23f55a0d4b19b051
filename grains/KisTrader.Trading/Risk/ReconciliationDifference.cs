using System.Globalization;

namespace KisTrader.Trading.Risk;

/// <summary>One unexplained difference between what the cluster believes and what the broker says.</summary>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Item">Holding, open buys or open sells.</param>
/// <param name="Ours">What the cluster believes (its certain part).</param>
/// <param name="OursAtMost">The most the cluster's uncertain orders could explain (equal to <paramref name="Ours"/> when all are certain).</param>
/// <param name="Brokers">What the broker says.</param>
public sealed record ReconciliationDifference(string Symbol, ReconciliationItem Item, long Ours, long OursAtMost, long Brokers)
{
    /// <summary>Spelled out: "005930 holding: ours 0, broker's 10".</summary>
    public string Describe()
    {
        var what = Item switch
        {
            ReconciliationItem.Holding => "holding",
            ReconciliationItem.OpenBuys => "open buys",
            _ => "open sells",
        };
        var ours = OursAtMost == Ours ? Ours.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Ours}–{OursAtMost}");
        return string.Create(CultureInfo.InvariantCulture, $"{Symbol} {what}: ours {ours}, broker's {Brokers}");
    }
}
