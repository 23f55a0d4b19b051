using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>
/// Reads scenario files (README "## Scenario files"): strict JSON (unknown properties are errors, comments and trailing
/// commas allowed), converted into <see cref="SimScenario"/> with every problem reported by its JSON path. Used at start-up
/// (--scenario / Market:ScenarioPath) and by the control API.
/// </summary>
internal static class ScenarioLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static SimScenario LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ScenarioException($"Scenario file '{path}' cannot be read: {ex.Message}", ex);
        }

        return Parse(text);
    }

    public static SimScenario Parse(string json)
    {
        ScenarioFileJson? file;
        try
        {
            file = JsonSerializer.Deserialize<ScenarioFileJson>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ScenarioException($"Scenario JSON is invalid at {ex.Path ?? "$"}: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new ScenarioException("Scenario JSON is empty.");
        }

        var symbols = (file.Symbols ?? []).Select((s, i) => Symbol(s, $"symbols[{i}]")).ToImmutableArray();
        var duplicate = symbols.GroupBy(s => s.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ScenarioException($"symbols: code {duplicate.Key} appears more than once.");
        }

        return new SimScenario(
            file.Name ?? "",
            file.Seed,
            file.ReplaceUniverse,
            file.HistoryStart is null ? null : Date(file.HistoryStart, "historyStart"),
            file.Calendar is null ? null : Calendar(file.Calendar),
            symbols,
            [.. (file.Faults ?? []).Select(f => f.Clone())]);
    }

    private static ScenarioCalendar Calendar(CalendarJson c) => new(
        c.UseBuiltIn,
        [.. (c.Holidays ?? []).Select((h, i) => new ScenarioHoliday(Date(h.Date, $"calendar.holidays[{i}].date"), h.Note ?? "휴장"))],
        [.. (c.TradingDays ?? []).Select((d, i) => Date(d, $"calendar.tradingDays[{i}]"))],
        [.. (c.Special ?? []).Select((s, i) => Special(s, $"calendar.special[{i}]"))]);

    private static ScenarioSpecialDay Special(SpecialJson s, string path)
    {
        var open = Time(s.Open ?? "09:00", $"{path}.open");
        var close = Time(s.Close ?? "15:30", $"{path}.close");
        if (close <= open.AddMinutes(30) || close.AddMinutes(150) < close)
        {
            throw new ScenarioException($"{path}: close {close:HH\\:mm} must be more than 30 minutes after open {open:HH\\:mm} and no later than 21:29.");
        }

        return new ScenarioSpecialDay(Date(s.Date, $"{path}.date"), open, close, s.Note ?? "특별 일정");
    }

    private static ScenarioSymbol Symbol(SymbolJson s, string path)
    {
        var code = s.Code?.Trim() ?? throw new ScenarioException($"{path}.code is required.");
        var validCode = (code.Length == 6 && code.All(char.IsAsciiDigit)) || (code.Length == 7 && code[0] == 'Q' && code[1..].All(char.IsAsciiDigit));
        if (!validCode)
        {
            throw new ScenarioException($"{path}.code '{code}' must be 6 digits (ETN: Q + 6 digits).");
        }

        Positive(s.Price, $"{path}.price");
        if (s.ListedShares is <= 0)
        {
            throw new ScenarioException($"{path}.listedShares must be positive.");
        }

        if (s.Volatility is { } v && (v <= 0 || v > 0.3))
        {
            throw new ScenarioException($"{path}.volatility must be in (0, 0.3] (daily σ of log returns).");
        }

        var daily = (s.Daily ?? []).Select((d, i) => Daily(d, $"{path}.daily[{i}]")).ToImmutableArray();
        var days = (s.Days ?? []).Select((d, i) => Day(d, $"{path}.days[{i}]")).ToImmutableArray();
        var dates = daily.Select(d => d.Date).Concat(days.Select(d => d.Date)).GroupBy(d => d).FirstOrDefault(g => g.Count() > 1);
        if (dates is not null)
        {
            throw new ScenarioException($"{path}: date {dates.Key:yyyy-MM-dd} is scripted more than once (daily and days together).");
        }

        return new ScenarioSymbol(
            code,
            s.Name,
            s.Market is null ? null : Enum<SimMarketId>(s.Market, $"{path}.market", ("KOSPI", SimMarketId.Kospi), ("KOSDAQ", SimMarketId.Kosdaq)),
            s.Kind is null ? null : Enum<SimListingKind>(
                s.Kind, $"{path}.kind", ("stock", SimListingKind.Stock), ("preferred", SimListingKind.Preferred), ("spac", SimListingKind.Spac),
                ("reit", SimListingKind.Reit), ("fund", SimListingKind.Fund), ("etf", SimListingKind.Etf), ("etn", SimListingKind.Etn)),
            s.Sector,
            s.ListedShares,
            s.FaceValue,
            s.Halted,
            s.Administrative,
            s.Warning is null ? null : Enum<SimMarketWarning>(
                s.Warning, $"{path}.warning", ("none", SimMarketWarning.None), ("caution", SimMarketWarning.Caution),
                ("warning", SimMarketWarning.Warning), ("risk", SimMarketWarning.Risk)),
            s.Price,
            s.Volatility,
            s.DailyVolume,
            daily,
            days);
    }

    private static ScenarioDaily Daily(DailyJson d, string path)
    {
        Positive(d.Open, $"{path}.open");
        Positive(d.Close, $"{path}.close");
        if (d.High < Math.Max(d.Open, d.Close) || d.Low > Math.Min(d.Open, d.Close) || d.Low <= 0)
        {
            throw new ScenarioException($"{path}: need 0 < low ≤ min(open, close) and high ≥ max(open, close) (open {d.Open}, high {d.High}, low {d.Low}, close {d.Close}).");
        }

        if (d.Volume < 0 || d.ClosingPriceVolume < 0)
        {
            throw new ScenarioException($"{path}: volumes must not be negative.");
        }

        return new ScenarioDaily(Date(d.Date, $"{path}.date"), d.Open, d.High, d.Low, d.Close, d.Volume, d.ClosingPriceVolume);
    }

    private static ScenarioDay Day(DayJson d, string path)
    {
        var bars = (d.Bars ?? []).Select((b, i) => Bar(b, $"{path}.bars[{i}]")).ToImmutableArray();
        var ticks = (d.Ticks ?? []).Select((t, i) => Tick(t, $"{path}.ticks[{i}]")).ToImmutableArray();
        if (bars.Length > 0 && ticks.Length > 0)
        {
            throw new ScenarioException($"{path}: give either bars or ticks for a day, not both.");
        }

        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].Time <= bars[i - 1].Time)
            {
                throw new ScenarioException($"{path}.bars[{i}]: times must be strictly increasing ({bars[i].Time:HH\\:mm} after {bars[i - 1].Time:HH\\:mm}).");
            }
        }

        for (var i = 1; i < ticks.Length; i++)
        {
            if (ticks[i].Time < ticks[i - 1].Time)
            {
                throw new ScenarioException($"{path}.ticks[{i}]: times must not go backwards.");
            }
        }

        var afterHours = (d.AfterHours ?? []).Select((a, i) =>
        {
            var p = $"{path}.afterHours[{i}]";
            var t = Time(a.Time, $"{p}.time");
            if (t.Minute % 10 != 0 || t.Second != 0)
            {
                throw new ScenarioException($"{p}.time {t:HH\\:mm\\:ss} is not an auction time (every 10 minutes).");
            }

            Positive(a.Price, $"{p}.price");
            return a.Volume < 0 ? throw new ScenarioException($"{p}.volume must not be negative.") : new ScenarioAfterHours(t, a.Price, a.Volume);
        }).ToImmutableArray();

        return new ScenarioDay(
            Date(d.Date, $"{path}.date"),
            Auction(d.OpeningAuction, $"{path}.openingAuction"),
            bars,
            ticks,
            Auction(d.ClosingAuction, $"{path}.closingAuction"),
            d.ClosingPriceVolume >= 0 ? d.ClosingPriceVolume : throw new ScenarioException($"{path}.closingPriceVolume must not be negative."),
            afterHours);
    }

    private static ScenarioAuction? Auction(AuctionJson? a, string path)
    {
        if (a is null)
        {
            return null;
        }

        Positive(a.Price, $"{path}.price");
        return a.Volume < 0 ? throw new ScenarioException($"{path}.volume must not be negative.") : new ScenarioAuction(a.Price, a.Volume);
    }

    private static ScenarioBar Bar(BarJson b, string path)
    {
        var time = Time(b.Time, $"{path}.time");
        if (time.Second != 0)
        {
            throw new ScenarioException($"{path}.time must be a whole minute (HH:mm).");
        }

        Positive(b.Open, $"{path}.open");
        Positive(b.Close, $"{path}.close");
        if (b.High < Math.Max(b.Open, b.Close) || b.Low > Math.Min(b.Open, b.Close) || b.Low <= 0)
        {
            throw new ScenarioException($"{path}: need 0 < low ≤ min(open, close) and high ≥ max(open, close).");
        }

        var printable = (b.BuyVolume == 0 && b.SellVolume == 0)
            || (b.BuyVolume >= 3 && b.SellVolume >= 3)
            || (b.BuyVolume == 0 && b.SellVolume >= 4)
            || (b.SellVolume == 0 && b.BuyVolume >= 4);
        if (!printable || b.BuyVolume < 0 || b.SellVolume < 0)
        {
            throw new ScenarioException(
                $"{path}: buyVolume {b.BuyVolume} / sellVolume {b.SellVolume} cannot print open, high, low and close (need each ≥ 3, or one 0 and the other ≥ 4, or both 0).");
        }

        if ((b.BuyVolume + b.SellVolume == 0) && (b.High != b.Open || b.Low != b.Open || b.Close != b.Open))
        {
            throw new ScenarioException($"{path}: a minute without volume must be flat (open = high = low = close).");
        }

        return new ScenarioBar(time, b.Open, b.High, b.Low, b.Close, b.BuyVolume, b.SellVolume);
    }

    private static ScenarioTick Tick(TickJson t, string path)
    {
        Positive(t.Price, $"{path}.price");
        if (t.Volume <= 0)
        {
            throw new ScenarioException($"{path}.volume must be positive.");
        }

        var side = Enum<SimSide>(t.Side ?? "", $"{path}.side", ("buy", SimSide.Buy), ("sell", SimSide.Sell));
        return new ScenarioTick(Time(t.Time, $"{path}.time"), t.Price, t.Volume, side);
    }

    private static void Positive(int? value, string path)
    {
        if (value is <= 0)
        {
            throw new ScenarioException($"{path} must be positive.");
        }
    }

    private static DateOnly Date(string? text, string path) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ScenarioException($"{path} '{text}' is not a date (yyyy-MM-dd).");

    private static TimeOnly Time(string? text, string path) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new ScenarioException($"{path} '{text}' is not a time (HH:mm or HH:mm:ss).");

    private static T Enum<T>(string text, string path, params (string Name, T Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new ScenarioException($"{path} '{text}' must be one of: {string.Join(", ", values.Select(v => v.Name))}.");
    }
}
