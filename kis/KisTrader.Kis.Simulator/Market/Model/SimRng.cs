namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>Independent random streams of the market model (part of the counter-based seed, so streams never overlap).</summary>
internal enum RngStream : ulong
{
    Universe = 1,
    MarketDay = 2,
    ListingDay = 3,
    Intraday = 4,
    Prints = 5,
    Book = 6,
    AfterHours = 7,
    IntradayMarket = 8,
    Names = 9,
}

/// <summary>
/// SplitMix64 generator keyed by (seed, stream, a, b): counter-based, so any (listing, day) can be generated on its own in any
/// order with the same result — the market never depends on generation order, hash codes or dictionary order.
/// </summary>
internal struct SimRng
{
    private ulong _state;

    public SimRng(ulong state)
    {
        _state = state;
    }

    public static SimRng For(int seed, RngStream stream, long a = 0, long b = 0) =>
        new(Key(seed, stream, a, b));

    public static ulong Key(int seed, RngStream stream, long a, long b)
    {
        var h = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream);
        h = Mix(h ^ (ulong)a);
        return Mix(h ^ ((ulong)b * 0xBF58476D1CE4E5B9UL));
    }

    /// <summary>64 stateless random bits from a key and a counter.</summary>
    public static ulong Hash(ulong key, long counter) => Mix(key ^ ((ulong)counter * 0x94D049BB133111EBUL));

    /// <summary>A stateless uniform in [0, 1) from a key and a counter.</summary>
    public static double Hash01(ulong key, long counter) => (Mix(key ^ ((ulong)counter * 0x94D049BB133111EBUL)) >> 11) * (1.0 / (1UL << 53));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Uniform integer in [low, high).</summary>
    public int Next(int low, int high) => low + (int)(NextDouble() * (high - low));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Box–Muller, one value per call).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A fat-tailed standard shock: normal most of the time, scaled ×2.5 with probability 4%.</summary>
    public double FatNormal()
    {
        var z = Normal();
        return Chance(0.04) ? z * 2.5 : z;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
