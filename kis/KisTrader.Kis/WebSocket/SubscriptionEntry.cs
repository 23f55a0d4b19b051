namespace KisTrader.Kis.WebSocket;

/// <summary>One (TR ID, key) with its holders counted per priority. Touched only under the client's gate.</summary>
internal sealed class SubscriptionEntry(string trId, string trKey, long sequence)
{
    private readonly int[] _holders = new int[3];

    public string TrId { get; } = trId;

    public string TrKey { get; } = trKey;

    public (string TrId, string TrKey) Key => (TrId, TrKey);

    /// <summary>Order of (re)activation: eviction takes the newest among the lowest priority.</summary>
    public long Sequence { get; set; } = sequence;

    public bool Parked { get; set; }

    public int References => _holders.Sum();

    public SubscriptionPriority Priority
    {
        get
        {
            for (var p = _holders.Length - 1; p >= 0; p--)
            {
                if (_holders[p] > 0)
                {
                    return (SubscriptionPriority)p;
                }
            }

            return SubscriptionPriority.WatchList;
        }
    }

    public void Add(SubscriptionPriority priority) => _holders[(int)priority]++;

    public void Remove(SubscriptionPriority priority)
    {
        if (_holders[(int)priority] > 0)
        {
            _holders[(int)priority]--;
        }
    }
}
