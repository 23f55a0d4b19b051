using System.Collections.Immutable;

namespace KisTrader.Trading.Exits;

/// <summary>
/// Several rules in priority order: the first rule that sells wins. Order them so that selling everything
/// (stop loss, take profit, flat range) comes before selling a part. With no sell, the result is the first
/// hold carries every rule's explanation, in priority order, and the first known return.
/// </summary>
public sealed class CompositeExitRule : IExitRule
{
    public CompositeExitRule(params IEnumerable<IExitRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("rules must not contain null", nameof(rules));
        }
    }

    /// <summary>The rules in priority order.</summary>
    public ImmutableArray<IExitRule> Rules { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        var holds = new List<ExitDecision>(Rules.Length);
        foreach (var rule in Rules)
        {
            var decision = rule.Evaluate(position, quote, now);
            if (decision.IsSell)
            {
                return decision;
            }

            holds.Add(decision);
        }

        return holds.Count switch
        {
            0 => NullExitRule.Instance.Evaluate(position, quote, now),
            1 => holds[0],
            _ => ExitDecision.Hold(
                string.Join(" | ", holds.Select(h => h.Explanation).Distinct(StringComparer.Ordinal)),
                holds.Select(h => h.Return).FirstOrDefault(r => r is not null)),
        };
    }
}
