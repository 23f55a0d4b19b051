using System.Collections.Immutable;
using System.Text.Json;
using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Scenario;

namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// The registered <see cref="ISimMarket"/>: answers every query from the current immutable <see cref="MarketModel"/>
/// (captured once per call, so a scenario load in between never mixes two markets).
/// </summary>
internal sealed partial class SimMarket : ISimMarketStatistics, ISimScenarioControl
{
    private readonly SimMarketOptions _options;
    private volatile MarketModel _model;
    private long _generation;

    public SimMarket(SimMarketOptions options, SimScenario? scenario = null)
    {
        _options = options;
        _model = new MarketModel(options, scenario);
    }

    public event Action<SimScenario?>? Loaded;

    /// <summary>The current model (tests and the master-file writer read it directly).</summary>
    public MarketModel Model => _model;

    public int Seed => _model.Seed;

    public long Generation => Interlocked.Read(ref _generation);

    public SimScenario? Scenario => _model.Scenario;

    public ImmutableArray<JsonElement> Faults => _model.Scenario?.Faults ?? [];

    public DateOnly FirstTradingDay => _model.Calendar.First;

    public DateOnly LastTradingDay => _model.Calendar.Last;

    public IReadOnlyList<SimListing> Listings => _model.Listings;

    public IReadOnlyList<string> IndexCodes => [.. _model.Indexes.Select(i => i.Code)];

    public void Load(SimScenario? scenario)
    {
        _model = new MarketModel(_options, scenario);
        Interlocked.Increment(ref _generation);
        Loaded?.Invoke(scenario);
    }

    public SimScenario LoadJson(string json)
    {
        var scenario = ScenarioLoader.Parse(json);
        Load(scenario);
        return scenario;
    }

    public SimSession Session(DateOnly date) => _model.Calendar.Session(date);

    public DateOnly NextTradingDay(DateOnly date) => _model.Calendar.Next(date);

    public DateOnly PreviousTradingDay(DateOnly date) => _model.Calendar.Previous(date);

    public DateOnly CurrentTradingDate(DateTimeOffset at)
    {
        var cal = _model.Calendar;
        var date = KstTime.DateOf(at);
        return cal.IsTradingDay(date) && KstTime.TimeOf(at) >= cal.Session(date).PreOpen ? date : cal.Previous(date);
    }

    public SimListing? Listing(string code)
    {
        var model = _model;
        var i = model.Find(code);
        return i < 0 ? null : model.Listings[i];
    }

    public SimDayBasis? Basis(string code, DateOnly date)
    {
        var model = _model;
        var i = model.Find(code);
        var day = model.Calendar.IndexOf(date);
        return i < 0 || day < 0 ? null : BasisOf(model, i, day);
    }

    private static SimDayBasis BasisOf(MarketModel model, int listing, int day)
    {
        var row = model.Daily.Row(listing, day);
        var l = model.Listings[listing];
        long prevVolume = 0;
        decimal prevValue = 0;
        if (day > 0)
        {
            prevVolume = model.Daily.Row(listing, day - 1).TotalVolume;
            prevValue = model.Summary(listing, day - 1).TradingValue;
        }

        return new SimDayBasis(l.Code, model.Calendar.DayAt(day), row.BasePrice, row.Upper, row.Lower, prevVolume, prevValue, (decimal)row.BasePrice * l.ListedShares);
    }

    /// <summary>What an instant means for one trading date: the day, its session and the cut-off in seconds since the open.</summary>
    private readonly record struct AsOf(int Day, DateOnly Date, SimSession Session, TimeOnly Time, double Cutoff, SimPhase Phase);

    /// <summary>Resolves the current trading date of an instant (false before the history or beyond the calendar).</summary>
    private static bool Resolve(MarketModel model, DateTimeOffset at, out AsOf asOf)
    {
        var cal = model.Calendar;
        var kstDate = KstTime.DateOf(at);
        var time = KstTime.TimeOf(at);
        var date = cal.IsTradingDay(kstDate) && time >= cal.Session(kstDate).PreOpen ? kstDate : cal.Previous(kstDate);
        var day = cal.IndexOf(date);
        if (day < 0)
        {
            asOf = default;
            return false;
        }

        var session = cal.Session(date);
        var today = date == kstDate;
        var cutoff = today ? (time - session.Open).TotalSeconds : double.MaxValue;
        if (today && time < session.Open)
        {
            cutoff = -(session.Open - time).TotalSeconds;
        }

        asOf = new AsOf(day, date, session, today ? time : TimeOnly.MaxValue, cutoff, today ? session.PhaseAt(time) : SimPhase.Closed);
        return true;
    }

    /// <summary>Resolves a specific trading date as of an instant (cut-off −∞ when the date is still in the future).</summary>
    private static bool ResolveDate(MarketModel model, DateOnly date, DateTimeOffset at, out AsOf asOf)
    {
        var day = model.Calendar.IndexOf(date);
        if (day < 0 || !Resolve(model, at, out var now) || day > now.Day)
        {
            asOf = default;
            return false;
        }

        asOf = day == now.Day ? now : new AsOf(day, date, model.Calendar.Session(date), TimeOnly.MaxValue, double.MaxValue, SimPhase.Closed);
        return true;
    }

    private static decimal D(int price) => price;
}
