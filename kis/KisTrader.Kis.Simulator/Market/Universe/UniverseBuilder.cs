using System.Globalization;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market.Universe;

/// <summary>
/// Builds the default universe from a seed: the real large caps (<see cref="KnownListings"/>) and their real preferred
/// shares, then synthetic KOSPI/KOSDAQ listings (ordinary shares, preferred shares, SPACs, REITs, funds, ETFs, ETNs) with
/// log-normal market caps, prices and turnover like the real market, and a few halted / administrative / market-warning
/// cases. Deterministic: one sequential random stream per seed.
/// </summary>
internal static class UniverseBuilder
{
    private static readonly (string Common, string Code, string Name)[] KnownPreferred =
    [
        ("005380", "005385", "현대차우"), ("051910", "051915", "LG화학우"), ("066570", "066575", "LG전자우"),
        ("003550", "003555", "LG우"), ("006400", "006405", "삼성SDI우"), ("000810", "000815", "삼성화재우"),
        ("090430", "090435", "아모레퍼시픽우"),
    ];

    public static List<ListingSpec> Build(int seed, UniverseOptions options)
    {
        var rng = SimRng.For(seed, RngStream.Universe);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var specs = new List<ListingSpec>();

        foreach (var k in KnownListings.All)
        {
            used.Add(k.Code);
            used.Add(k.Code[..5] + "5");
            names.Add(k.Name);
            specs.Add(FromKnown(k, ref rng));
        }

        foreach (var (common, code, name) in KnownPreferred)
        {
            var baseSpec = specs.First(s => s.Listing.Code == common);
            used.Add(code);
            names.Add(name);
            specs.Add(Preferred(baseSpec, code, name, ref rng));
        }

        AddMarket(SimMarketId.Kospi, options, specs, used, names, ref rng);
        AddMarket(SimMarketId.Kosdaq, options, specs, used, names, ref rng);
        return specs;
    }

    private static void AddMarket(
        SimMarketId market, UniverseOptions o, List<ListingSpec> specs, HashSet<string> used, HashSet<string> names, ref SimRng rng)
    {
        var kospi = market == SimMarketId.Kospi;
        int Count(SimListingKind kind) => specs.Count(s => s.Listing.Market == market && s.Listing.Kind == kind);
        var target = kospi ? o.KospiListings : o.KosdaqListings;

        for (var i = Count(SimListingKind.Etf); kospi && i < o.KospiEtfs; i++)
        {
            specs.Add(Etf(NewCode(used, ref rng), names, ref rng));
        }

        for (var i = 0; kospi && i < o.KospiEtns; i++)
        {
            specs.Add(Etn(NewEtnCode(used, ref rng), names, ref rng));
        }

        for (var i = 0; kospi && i < o.KospiReits; i++)
        {
            specs.Add(Reit(NewCode(used, ref rng), names, ref rng));
        }

        for (var i = 0; !kospi && i < o.KosdaqSpacs; i++)
        {
            specs.Add(Spac(NewCode(used, ref rng), names, ref rng));
        }

        var preferredTarget = kospi ? o.KospiPreferred : o.KosdaqPreferred;
        var preferredNeeded = Math.Max(0, preferredTarget - Count(SimListingKind.Preferred));
        var ordinaryNeeded = target - specs.Count(s => s.Listing.Market == market) - preferredNeeded;
        var ordinary = new List<ListingSpec>();
        for (var i = 0; i < ordinaryNeeded; i++)
        {
            var spec = Ordinary(market, NewCode(used, ref rng), names, ref rng);
            ordinary.Add(spec);
            specs.Add(spec);
        }

        // Preferred shares of larger synthetic companies (code = common code with last digit 5, name + "우").
        var bases = ordinary.OrderByDescending(s => s.AnchorPrice * (double)s.Listing.ListedShares).ThenBy(s => s.Listing.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < preferredNeeded && i < bases.Count; i++)
        {
            var b = bases[(i * 3) % bases.Count];
            var code = b.Listing.Code[..5] + "5";
            if (!used.Add(code) || !names.Add(b.Listing.Name + "우"))
            {
                continue;
            }

            specs.Add(Preferred(b, code, b.Listing.Name + "우", ref rng));
        }
    }

    private static ListingSpec FromKnown(KnownListing k, ref SimRng rng)
    {
        var etf = k.Kind == SimListingKind.Etf;
        var (beta, volMult) = etf ? EtfFactor(k.Name) : (rng.Uniform(0.8, 1.3), 1.0);
        var cap = (double)k.Price * k.Shares;
        var vol = etf ? 0.011 * volMult : StockVolatility(k.Market, cap, ref rng) * 0.85;
        var listing = new SimListing(
            k.Code, k.Name, Isin.For(k.Code), k.Market, k.Kind, k.Sector, k.Shares, etf ? 0 : FaceValue(ref rng),
            ListedOn(1975, 2021, ref rng), Halted: false, Administrative: false, SimMarketWarning.None);
        var proneness = k.Kind == SimListingKind.Stock ? Math.Clamp(Math.Pow(cap / 1e12, -0.3), 0.1, 1.0) * 0.6 : 0;
        return new ListingSpec(listing, k.Price, vol, beta, cap * k.Turnover / k.Price, proneness);
    }

    private static (double Beta, double Vol) EtfFactor(string name)
    {
        foreach (var (theme, beta, vol) in KoreanNames.EtfThemes.OrderByDescending(t => t.Theme.Length))
        {
            if (name.Contains(theme, StringComparison.Ordinal))
            {
                return (beta, vol);
            }
        }

        return (1.0, 1.0);
    }

    private static ListingSpec Ordinary(SimMarketId market, string code, HashSet<string> names, ref SimRng rng)
    {
        var kospi = market == SimMarketId.Kospi;
        var (suffix, kospiSector, kosdaqSector) = KoreanNames.Suffixes[rng.Next(0, KoreanNames.Suffixes.Length)];
        var name = UniqueName(names, ref rng, r => KoreanNames.Prefixes[r.Next(0, KoreanNames.Prefixes.Length)] + suffix);

        // Market cap (won) log-normal: KOSPI median 3,000억, KOSDAQ median 1,100억.
        var zCap = rng.Normal();
        var cap = Math.Clamp(Math.Exp(Math.Log(kospi ? 3.0e11 : 1.1e11) + (zCap * (kospi ? 1.3 : 1.05))), 8e9, kospi ? 9e12 : 6e12);
        // Price correlates with cap; median 9,000 (KOSPI) / 5,000 (KOSDAQ).
        var rawPrice = Math.Exp(Math.Log(kospi ? 9_000 : 5_000) + (0.3 * zCap) + (0.95 * rng.Normal()));
        var price = PriceGrid.Nearest(Math.Clamp(rawPrice, 200, 900_000), false);
        var shares = Math.Max(1_000_000L, (long)(cap / price / 1000) * 1000);
        cap = (double)price * shares;

        // Daily turnover (value ÷ cap) log-normal: KOSPI median 0.35%, KOSDAQ median 1.1%.
        var turnover = Math.Clamp(Math.Exp(Math.Log(kospi ? 0.0035 : 0.011) + (0.9 * rng.Normal())), 0.0002, 0.15);
        var vol = StockVolatility(market, cap, ref rng);

        var halted = rng.Chance(0.012);
        var administrative = rng.Chance(0.02);
        var w = rng.NextDouble();
        var warning = w < 0.0015 ? SimMarketWarning.Risk : w < 0.0065 ? SimMarketWarning.Warning : w < 0.0215 ? SimMarketWarning.Caution : SimMarketWarning.None;
        if (warning != SimMarketWarning.None)
        {
            vol *= 1.5;
            turnover = Math.Min(0.15, turnover * 2.5);
        }

        var proneness = Math.Clamp(Math.Exp(0.5 * rng.Normal()) * Math.Pow(turnover / (kospi ? 0.0035 : 0.011), 0.3) * Math.Pow(cap / 3e11, -0.1), 0.05, 4.0);
        var listing = new SimListing(
            code, name, Isin.For(code), market, SimListingKind.Stock, kospi ? kospiSector : kosdaqSector, shares, FaceValue(ref rng),
            ListedOn(1976, 2023, ref rng), halted, administrative, warning);
        return new ListingSpec(listing, price, vol, Math.Clamp(1.0 + (0.3 * rng.Normal()), 0.2, 2.0), cap * turnover / price, proneness);
    }

    private static double StockVolatility(SimMarketId market, double cap, ref SimRng rng)
    {
        var v = 0.022 * Math.Pow(cap / 3e11, -0.12) * Math.Exp(0.25 * rng.Normal());
        return Math.Clamp(market == SimMarketId.Kosdaq ? v * 1.25 : v, 0.008, 0.06);
    }

    private static ListingSpec Preferred(ListingSpec common, string code, string name, ref SimRng rng)
    {
        var price = PriceGrid.Nearest(common.AnchorPrice * rng.Uniform(0.55, 0.85), false);
        var shares = Math.Max(100_000L, (long)(common.Listing.ListedShares * rng.Uniform(0.04, 0.15)));
        var listing = common.Listing with
        {
            Code = code,
            Name = name,
            Isin = Isin.For(code),
            Kind = SimListingKind.Preferred,
            ListedShares = shares,
            Halted = false,
            Administrative = false,
            Warning = SimMarketWarning.None,
        };
        var cap = (double)price * shares;
        return new ListingSpec(listing, price, common.Volatility * 0.9, common.Beta * 0.8, cap * rng.Uniform(0.001, 0.004) / price, 0.1);
    }

    private static ListingSpec Etf(string code, HashSet<string> names, ref SimRng rng)
    {
        var themeIndex = 0;
        var name = UniqueName(names, ref rng, r =>
        {
            themeIndex = r.Next(0, KoreanNames.EtfThemes.Length);
            return KoreanNames.EtfBrands[r.Next(0, KoreanNames.EtfBrands.Length)] + " " + KoreanNames.EtfThemes[themeIndex].Theme;
        });
        var (_, beta, volMult) = KoreanNames.EtfThemes[themeIndex];
        var price = PriceGrid.Nearest(Math.Clamp(Math.Exp(Math.Log(12_000) + (0.7 * rng.Normal())), 2_000, 150_000), true);
        var aum = Math.Exp(Math.Log(8e10) + (1.2 * rng.Normal()));
        var shares = Math.Max(100_000L, (long)(aum / price / 1000) * 1000);
        var listing = new SimListing(code, name, Isin.For(code), SimMarketId.Kospi, SimListingKind.Etf, "ETF", shares, 0, ListedOn(2008, 2023, ref rng), false, false, SimMarketWarning.None);
        return new ListingSpec(listing, price, Math.Max(0.0005, 0.011 * volMult), beta, aum * rng.Uniform(0.005, 0.04) / price, 0);
    }

    private static ListingSpec Etn(string code, HashSet<string> names, ref SimRng rng)
    {
        var name = UniqueName(names, ref rng, r => KoreanNames.EtnHouses[r.Next(0, KoreanNames.EtnHouses.Length)] + " " + KoreanNames.EtnThemes[r.Next(0, KoreanNames.EtnThemes.Length)]);
        var price = PriceGrid.Nearest(Math.Clamp(Math.Exp(Math.Log(10_000) + (0.8 * rng.Normal())), 1_000, 80_000), true);
        var shares = (long)rng.Uniform(2_000_000, 40_000_000) / 1000 * 1000;
        var listing = new SimListing(code, name, Isin.For(code), SimMarketId.Kospi, SimListingKind.Etn, "ETN", shares, 0, ListedOn(2015, 2023, ref rng), false, false, SimMarketWarning.None);
        return new ListingSpec(listing, price, rng.Uniform(0.01, 0.035), rng.Uniform(-0.5, 0.5), shares * rng.Uniform(0.002, 0.02), 0);
    }

    private static ListingSpec Reit(string code, HashSet<string> names, ref SimRng rng)
    {
        var name = UniqueName(names, ref rng, r => KoreanNames.ReitNames[r.Next(0, KoreanNames.ReitNames.Length)] + "리츠");
        var price = PriceGrid.Nearest(rng.Uniform(2_500, 7_000), false);
        var shares = (long)(rng.Uniform(3e11, 1.2e12) / price / 1000) * 1000;
        var listing = new SimListing(code, name, Isin.For(code), SimMarketId.Kospi, SimListingKind.Reit, "부동산", shares, 500, ListedOn(2016, 2023, ref rng), false, false, SimMarketWarning.None);
        return new ListingSpec(listing, price, rng.Uniform(0.007, 0.014), rng.Uniform(0.2, 0.5), shares * rng.Uniform(0.0005, 0.002), 0);
    }

    private static ListingSpec Spac(string code, HashSet<string> names, ref SimRng rng)
    {
        var name = UniqueName(names, ref rng, r => KoreanNames.SpacHouses[r.Next(0, KoreanNames.SpacHouses.Length)] + "스팩" + r.Next(1, 40).ToString(CultureInfo.InvariantCulture) + "호");
        var price = PriceGrid.Nearest(rng.Uniform(1_950, 2_600), false);
        var shares = (long)rng.Uniform(5_000_000, 20_000_000) / 1000 * 1000;
        var listing = new SimListing(code, name, Isin.For(code), SimMarketId.Kosdaq, SimListingKind.Spac, "금융", shares, 100, ListedOn(2021, 2023, ref rng), false, false, SimMarketWarning.None);
        return new ListingSpec(listing, price, rng.Uniform(0.004, 0.012), 0.05, shares * rng.Uniform(0.001, 0.01), 0);
    }

    private static string NewCode(HashSet<string> used, ref SimRng rng)
    {
        while (true)
        {
            var code = (rng.Next(100, 49_999) * 10).ToString("D6", CultureInfo.InvariantCulture);
            var preferred = code[..5] + "5";
            if (!used.Contains(code) && !used.Contains(preferred))
            {
                used.Add(code);
                return code;
            }
        }
    }

    private static string NewEtnCode(HashSet<string> used, ref SimRng rng)
    {
        while (true)
        {
            var code = "Q5" + rng.Next(0, 99_999).ToString("D5", CultureInfo.InvariantCulture);
            if (used.Add(code))
            {
                return code;
            }
        }
    }

    private static string UniqueName(HashSet<string> names, ref SimRng rng, Func<SimRngBox, string> make)
    {
        var box = new SimRngBox(rng);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var name = make(box);
            if (attempt >= 10)
            {
                name += attempt.ToString(CultureInfo.InvariantCulture);
            }

            if (names.Add(name))
            {
                rng = box.Rng;
                return name;
            }
        }

        throw new InvalidOperationException("Could not generate a unique listing name.");
    }

    private static int FaceValue(ref SimRng rng)
    {
        var faces = new[] { 100, 100, 200, 500, 500, 500, 1000, 2500, 5000, 5000 };
        return faces[rng.Next(0, faces.Length)];
    }

    private static DateOnly ListedOn(int fromYear, int toYear, ref SimRng rng)
    {
        var from = new DateOnly(fromYear, 1, 2).DayNumber;
        var to = new DateOnly(toYear, 6, 30).DayNumber;
        var d = DateOnly.FromDayNumber(rng.Next(from, to));
        return d.DayOfWeek switch
        {
            DayOfWeek.Saturday => d.AddDays(2),
            DayOfWeek.Sunday => d.AddDays(1),
            _ => d,
        };
    }
}

/// <summary>A mutable holder of a random stream for lambdas (a ref struct cannot be captured).</summary>
internal sealed class SimRngBox(SimRng rng)
{
    private SimRng _rng = rng;

    public SimRng Rng => _rng;

    public int Next(int low, int high) => _rng.Next(low, high);
}
