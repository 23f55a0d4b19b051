namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// An event the front-end-kill test produced through the API and must see exactly once: a manual order's
/// <c>OrderChanged</c> Created (<paramref name="Kind"/> <c>order</c>, by its request id) or a kill-switch halt's
/// <c>RiskChanged</c> KillSwitchSet (<c>halt</c>, by the tag in its reason).
/// </summary>
internal sealed record ProducedEvent(string Kind, string Id)
{
    public bool Matches(ShownEvent e) => Kind == "order"
        ? e is { Type: "OrderChanged", Change: "Created" } && e.Subject.StartsWith("manual/", StringComparison.Ordinal) && e.Subject.EndsWith("/" + Id, StringComparison.Ordinal)
        : e is { Type: "RiskChanged", Change: "KillSwitchSet" } && e.Reason == EventProducer.ReasonOf(Id);
}
