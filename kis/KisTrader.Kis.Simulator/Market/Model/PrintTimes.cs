namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// Times of a minute's dense prints (<see cref="DensePrints"/>): seconds and milliseconds, strictly increasing, up to
/// <see cref="PrintSynth.MaxPrintsPerSecond"/> prints in one second (one HHMMSS). Deterministic from the key and counter.
/// </summary>
internal static class PrintTimes
{
    /// <summary>
    /// The prints take n distinct slots of the minute in order (Floyd's sampling into a bitset: n draws), slot q
    /// lying in second q ÷ k (k = <see cref="PrintSynth.MaxPrintsPerSecond"/> slots a second), so a second holds 0–k prints
    /// and busy minutes cluster several in one second; the c prints of a second get c distinct random milliseconds, sorted.
    /// </summary>
    public static void Assign(Span<RawPrint> prints, int slots, int firstSecond, ulong key, long counter)
    {
        const int k = PrintSynth.MaxPrintsPerSecond;
        Span<ulong> taken = stackalloc ulong[(PrintSynth.MaxPrintsPerMinute + 63) / 64];
        taken.Clear();
        for (var j = slots - prints.Length; j < slots; j++)
        {
            var t = (int)(SimRng.Hash(key, counter++) % (ulong)(j + 1));
            t = (taken[t >> 6] & (1UL << t)) != 0 ? j : t;
            taken[t >> 6] |= 1UL << t;
        }

        var next = 0;
        for (var word = 0; word < taken.Length; word++)
        {
            for (var bits = taken[word]; bits != 0; bits &= bits - 1)
            {
                var slot = (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                prints[next] = prints[next] with { Second = firstSecond + (slot / k) };
                next++;
            }
        }

        Span<int> ms = stackalloc int[k];
        for (var from = 0; from < prints.Length;)
        {
            var to = from + 1;
            while (to < prints.Length && prints[to].Second == prints[from].Second)
            {
                to++;
            }

            Milliseconds(ms[..(to - from)], key, ref counter);
            for (var j = from; j < to; j++)
            {
                prints[j] = prints[j] with { Milli = ms[j - from] };
            }

            from = to;
        }
    }

    /// <summary>Distinct random milliseconds 0–999 in increasing order (Floyd's sampling, then an insertion sort).</summary>
    private static void Milliseconds(Span<int> ms, ulong key, ref long counter)
    {
        for (var j = 1000 - ms.Length; j < 1000; j++)
        {
            var t = (int)(SimRng.Hash(key, counter++) % (ulong)(j + 1));
            var at = j - (1000 - ms.Length);
            ms[at] = ms[..at].Contains(t) ? j : t;
        }

        for (var a = 1; a < ms.Length; a++)
        {
            for (var b = a; b > 0 && ms[b] < ms[b - 1]; b--)
            {
                (ms[b], ms[b - 1]) = (ms[b - 1], ms[b]);
            }
        }
    }
}
