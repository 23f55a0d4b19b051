using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Relay;

/// <summary>Folds the items of <c>ticks/&lt;symbol&gt;</c> into one <see cref="QuoteMessage"/> per symbol until the next flush.</summary>
public sealed class QuoteBatcher
{
    private readonly Dictionary<string, QuoteMessage> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuoteMessage> _last = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Folds one item into its symbol's pending quote (a print sets price fields, a book the best levels).</summary>
    public void Add(MarketDataEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_lock)
        {
            var previous = _pending.GetValueOrDefault(item.Symbol) ?? _last.GetValueOrDefault(item.Symbol)
                ?? new QuoteMessage(item.Symbol, item.At, null, null, null, null, null, null, null, null, false, 0);
            var items = _pending.ContainsKey(item.Symbol) ? previous.Items + 1 : 1;
            var next = previous with { At = item.At, Items = items };
            if (item.Tick is { } t)
            {
                next = next with
                {
                    Price = t.Price, Change = t.Change, ChangeRate = t.ChangeRate, CumulativeVolume = t.CumulativeVolume, Strength = t.Strength,
                    BestAsk = t.BestAsk, BestBid = t.BestBid, AfterHours = item.Kind != MarketDataKinds.Trades,
                };
            }

            if (item.Quote is { } q)
            {
                next = next with
                {
                    BestAsk = q.Asks.IsDefaultOrEmpty ? next.BestAsk : q.Asks[0].Price,
                    BestBid = q.Bids.IsDefaultOrEmpty ? next.BestBid : q.Bids[0].Price,
                    ExpectedPrice = q.ExpectedPrice == 0m ? next.ExpectedPrice : q.ExpectedPrice,
                    AfterHours = q.AfterHours,
                };
            }

            _pending[item.Symbol] = next;
        }
    }

    /// <summary>The pending quotes, emptied.</summary>
    public IReadOnlyList<QuoteMessage> Take()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return [];
            }

            var batch = _pending.Values.ToList();
            foreach (var quote in batch)
            {
                _last[quote.Symbol] = quote;
            }

            _pending.Clear();
            return batch;
        }
    }

    /// <summary>Forgets a symbol nobody follows any more.</summary>
    public void Forget(string symbol)
    {
        lock (_lock)
        {
            _pending.Remove(symbol);
            _last.Remove(symbol);
        }
    }
}
