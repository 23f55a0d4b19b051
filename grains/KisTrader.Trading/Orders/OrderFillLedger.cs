namespace KisTrader.Trading.Orders;

/// <summary>
/// Counts an order's fills exactly once when two sources report them: the broker's fill notices (one per execution, in
/// order, but lost while the WebSocket is down) and the daily executions (one row per order number with the cumulative
/// quantity and amount — the authority on how much filled).
/// <list type="bullet">
/// <item>A notice counts once by its key.</item>
/// <item>A poll adds a synthetic catch-up fill only for the cumulative quantity the counted fills do not cover yet, priced
/// so that the counted amount equals the broker's cumulative amount.</item>
/// <item>A notice that arrives after a catch-up covered it (it executed no later than the broker's last fill time of that
/// poll) is absorbed instead of counted. When the broker gave no last fill time, every later notice is absorbed while
/// catch-up quantity is uncovered: an under-count is made good by the next poll; an over-count could never be undone,
/// so the ledger never risks one.</item>
/// </list>
/// Pure and in memory: the grain loads it from its state, applies, and stores <see cref="Fills"/>, <see cref="Tallies"/>
/// and <see cref="AbsorbedKeys"/> back.
/// </summary>
public sealed class OrderFillLedger
{
    private readonly List<LedgerFill> _fills;
    private readonly Dictionary<string, LedgerTally> _tallies;
    private readonly HashSet<string> _absorbed;

    public OrderFillLedger(IEnumerable<LedgerFill>? fills = null, IEnumerable<LedgerTally>? tallies = null, IEnumerable<string>? absorbedKeys = null)
    {
        _fills = [.. fills ?? []];
        _tallies = (tallies ?? []).ToDictionary(t => t.OrderNumber, StringComparer.Ordinal);
        _absorbed = new HashSet<string>(absorbedKeys ?? [], StringComparer.Ordinal);
    }

    /// <summary>Every counted fill, in the order counted.</summary>
    public IReadOnlyList<LedgerFill> Fills => _fills;

    /// <summary>The catch-up bookkeeping per order number.</summary>
    public IReadOnlyCollection<LedgerTally> Tallies => _tallies.Values;

    /// <summary>Keys of notices absorbed by catch-up fills (remembered so a copy is a duplicate).</summary>
    public IReadOnlyCollection<string> AbsorbedKeys => _absorbed;

    /// <summary>Total shares counted.</summary>
    public long FilledQuantity => _fills.Sum(f => f.Quantity);

    /// <summary>Total amount counted (Σ amounts: the broker's cumulative amount after a catch-up).</summary>
    public decimal FilledAmount => _fills.Sum(f => f.Amount);

    /// <summary>Quantity-weighted average price, or null before any fill.</summary>
    public decimal? AveragePrice => FilledQuantity == 0 ? null : FilledAmount / FilledQuantity;

    /// <summary>Applies a fill notice; returns what it did and the fill counted (null when nothing new).</summary>
    public (NoticeOutcome Outcome, LedgerFill? Fill) ApplyNotice(string key, string orderNumber, long quantity, decimal price, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        if (_absorbed.Contains(key) || _fills.Exists(f => string.Equals(f.Key, key, StringComparison.Ordinal)))
        {
            return (NoticeOutcome.Duplicate, null);
        }

        var absorbed = 0L;
        if (_tallies.TryGetValue(orderNumber, out var tally) && tally.Uncovered > 0 && (tally.CoveredThrough is null || at <= tally.CoveredThrough))
        {
            absorbed = Math.Min(tally.Uncovered, quantity);
            _tallies[orderNumber] = tally with { AbsorbedQuantity = tally.AbsorbedQuantity + absorbed };
            _absorbed.Add(key);
        }

        var rest = quantity - absorbed;
        if (rest == 0)
        {
            return (NoticeOutcome.Absorbed, null);
        }

        var fill = new LedgerFill(key, orderNumber, rest, price, rest * price, at, FromPolling: false);
        _fills.Add(fill);
        return (absorbed > 0 ? NoticeOutcome.PartlyAbsorbed : NoticeOutcome.Counted, fill);
    }

    /// <summary>
    /// Applies a daily-executions row of <paramref name="orderNumber"/>: when its cumulative quantity exceeds what is
    /// counted under that number, adds one catch-up fill of the difference (key <c>ccld:&lt;ODNO&gt;:&lt;cumulative&gt;</c>,
    /// the same whoever polls) and returns it; otherwise null. A cumulative below the counted quantity changes nothing.
    /// </summary>
    /// <param name="orderNumber">The row's ODNO.</param>
    /// <param name="cumulativeQuantity">tot_ccld_qty.</param>
    /// <param name="cumulativeAmount">tot_ccld_amt.</param>
    /// <param name="lastFillAt">The broker's last fill time of the row (infm_tmd), or null when not given.</param>
    /// <param name="polledAt">When the poll ran (the catch-up fill's time when the broker gave none).</param>
    public LedgerFill? ApplyCumulative(string orderNumber, long cumulativeQuantity, decimal cumulativeAmount, DateTimeOffset? lastFillAt, DateTimeOffset polledAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        var mine = _fills.Where(f => string.Equals(f.OrderNumber, orderNumber, StringComparison.Ordinal)).ToList();
        var counted = mine.Sum(f => f.Quantity);
        if (cumulativeQuantity <= counted)
        {
            return null;
        }

        var quantity = cumulativeQuantity - counted;
        var amount = cumulativeAmount - mine.Sum(f => f.Amount);
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cumulativeAmount), cumulativeAmount, "a filled quantity needs a positive amount");
        }

        var price = Math.Round(amount / quantity, 4, MidpointRounding.AwayFromZero);
        var fill = new LedgerFill($"ccld:{orderNumber}:{cumulativeQuantity}", orderNumber, quantity, price, amount, lastFillAt ?? polledAt, FromPolling: true);
        _fills.Add(fill);
        var tally = _tallies.GetValueOrDefault(orderNumber) ?? new LedgerTally(orderNumber, 0, 0, null);
        _tallies[orderNumber] = tally with { CatchUpQuantity = tally.CatchUpQuantity + quantity, CoveredThrough = lastFillAt };
        return fill;
    }
}
