using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// What the one-process run prints: the header, the schedule's actions, one line per finished funnel stage (listings in
/// and out, broker calls, seconds), the level trail, the ranked candidates with their six values and sub-scores,
/// selection and allocation, and what the schedule does next. Lines start with the simulated KST time. Writes to any
/// <see cref="TextWriter"/> (the console, or a test's capture); safe to call from several threads.
/// </summary>
public sealed class SimulationConsole(TextWriter output)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Lock _gate = new();

    /// <summary>The header of the run.</summary>
    public void Header(SimulationHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Write(
            "KisTrader — one-process simulator run: an Orleans silo, the in-process KIS simulator and one simulated clock",
            string.Create(Inv, $"  mode             {header.Mode} (Kis:Environment Simulator); no real broker, no real money"),
            string.Create(Inv, $"  simulated clock  starts {Kst(header.ClockStart)} KST ({header.ClockStart.DayOfWeek}), {(header.Speed == 1m ? "real speed" : $"{header.Speed}× real speed")}; last trading day {header.TradingDay:yyyy-MM-dd}, close {KrxTime.TimeOf(header.Close):HH:mm}"),
            string.Create(Inv, $"  simulator        {header.SimulatorUrl} (seed {header.Seed}, {header.Listings:N0} listings, real profile, {header.RequestsPerSecond} REST calls/s per key)"),
            string.Create(Inv, $"  storage          grain state {header.GrainStorage}, reminders {header.Reminders}, journal {header.Journal}"),
            string.Create(Inv, $"  silo             cluster {header.ClusterId}, silo port {header.SiloPort}, gateway port {header.GatewayPort}"),
            "  The KRX schedule runs on the simulated clock: history prefetch from close − 1 h (catch-up at start), the screen at the close.",
            "  Ctrl+C stops.",
            "");
    }

    /// <summary>An action the schedule took (prefetch, screen, missed screen, …).</summary>
    public void ScheduleAction(ScheduleActionView action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Write(string.Create(Inv, $"[{Clock(action.DoneAt)}] schedule: {Name(action.Kind)} for {action.TradingDate:yyyy-MM-dd} (due {Clock(action.DueAt)}): {ScheduleWording.Outcome(action)}"));
    }

    /// <summary>The schedule's next action.</summary>
    public void Next(DateTimeOffset now, ScheduleStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        Write(status.NextAction is { } kind && status.NextAt is { } at
            ? string.Create(Inv, $"[{Clock(now)}] next: {Name(kind)} for {status.NextTradingDate:yyyy-MM-dd} at {Kst(at)} KST (in {Span(at - now)}); the silo keeps running on schedule")
            : string.Create(Inv, $"[{Clock(now)}] next: nothing scheduled (the calendar has no later trading day)"));
    }

    /// <summary>A session changed phase.</summary>
    public void Phase(DateTimeOffset now, DateOnly date, SessionPhase phase, int attempts) =>
        Write(string.Create(Inv, $"[{Clock(now)}] session {date:yyyy-MM-dd}: {phase.ToString().ToLowerInvariant()}{(attempts > 1 ? $" (attempt {attempts})" : "")}"));

    /// <summary>One finished funnel stage: "stage 2/4 history: 1,676 → 1,676 listings, 1,676 broker calls, 96.5 s".</summary>
    public void Stage(DateTimeOffset now, StageView stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Write(StageLine(now, stage));
    }

    /// <summary>A stage still running: broker calls so far (seen by the simulator), for a long stage such as the history prefetch.</summary>
    public void Working(DateTimeOffset now, DateOnly date, int stagesDone, long callsSoFar) =>
        Write(string.Create(Inv, $"[{Clock(now)}] session {date:yyyy-MM-dd}: stage {stagesDone + 1}/4 running, {callsSoFar:N0} broker calls so far"));

    /// <summary>A failed attempt (the schedule restarts it within its catch-up window).</summary>
    public void Error(DateTimeOffset now, DateOnly date, string error) =>
        Write(string.Create(Inv, $"[{Clock(now)}] session {date:yyyy-MM-dd}: attempt failed: {error}"));

    /// <summary>The finished screen: trail, candidates, selection, allocation and cost.</summary>
    public void Screen(DateTimeOffset now, ScreenView screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var lines = new List<string>
        {
            string.Create(Inv, $"[{Clock(now)}] session {screen.TradingDate:yyyy-MM-dd}: screened — {screen.Candidates.Length} ranked candidates at {screen.FinalLevel}, {screen.BrokerCalls:N0} broker calls, {screen.Duration.TotalSeconds:0.0} s from the screen's start to the ranked list"),
            "-- level trail",
        };
        foreach (var a in screen.Attempts)
        {
            lines.Add(string.Create(Inv, $"   {a.Step}. {a.Level,-9} {Thresholds(a.Thresholds)}  passed {a.Passed}/{a.Evaluated}{(a.Kept ? "  (kept)" : "")}"));
        }

        lines.Add(string.Create(Inv, $"-- ranked candidates at {screen.FinalLevel} (values; sub-scores 0–1 in brackets)"));
        lines.Add("   rank code   name                 score   C1 vol×        C2 late         C3 share        C4 str          C5 rel          C6 vwap         role");
        foreach (var c in screen.Candidates)
        {
            lines.Add(CandidateLine(c));
        }

        if (screen.Candidates.IsEmpty)
        {
            lines.Add("   (none: no listing passed even at the most relaxed level)");
        }

        lines.Add(string.Create(Inv, $"-- selection: {Codes(screen.Selected)}; backups: {Codes(screen.Backups)}"));
        var allocation = screen.Selected.Where(screen.Allocations.ContainsKey).Select(code => string.Create(Inv, $"{code} {screen.Allocations[code]:N0} won"));
        lines.Add(string.Create(Inv, $"-- allocation: {(screen.Allocations.IsEmpty ? "(none)" : string.Join(", ", allocation))}; unallocated {screen.Unallocated:N0} won"));
        lines.Add(string.Create(Inv, $"-- excluded: {string.Join(", ", screen.ExclusionsByReason.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value:N0}"))}"));
        Write([.. lines]);
    }

    /// <summary>An event a grain published (worded by <see cref="EventWording"/>), at its own instant.</summary>
    public void Event(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Write(EventLine(e));
    }

    /// <summary>The event line format: "[15:30:02] KIS key k…: token issued, expires 2026-11-24 15:30 KST".</summary>
    public static string EventLine(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"[{Clock(e.At)}] {EventWording.Word(e)}";
    }

    /// <summary>A free line (start-up problems, the stop).</summary>
    public void Line(string text) => Write(text);

    /// <summary>The stage line format (also what tests look for).</summary>
    public static string StageLine(DateTimeOffset now, StageView stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return string.Create(Inv, $"[{Clock(now)}] stage {stage.Number}/4 {stage.Name}: {stage.Entered:N0} → {stage.Survivors:N0} listings, {stage.Calls:N0} broker calls, {stage.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The candidate line format: rank, code, name, score, then C1…C6 as "value (sub-score)", and the role.</summary>
    public static string CandidateLine(ScreenCandidateView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var six = string.Join(" ", Enumerable.Range(0, Math.Min(c.Values.Length, c.SubScores.Length)).Select(i => $"{Value(i, c.Values[i]),-7} ({c.SubScores[i].ToString("0.00", Inv)})"));
        return string.Create(Inv, $"   {c.Rank,4} {c.Code} {Pad(c.Name, 20)} {c.Score,6:0.00}   {six}  {c.Role}");
    }

    // C1 is a multiple, C4 an index, the others fractions shown as percent (C5 in percentage points).
    private static string Value(int condition, decimal value) => condition switch
    {
        0 => value.ToString("0.00", Inv) + "x",
        3 => value.ToString("0.0", Inv),
        4 => (value * 100m).ToString("0.00", Inv) + "pp",
        _ => (value * 100m).ToString("0.00", Inv) + "%",
    };

    private static string Thresholds(IReadOnlyList<decimal> t) =>
        t.Count < 6 ? string.Join(" ", t) : string.Create(Inv,
            $"C1≥{t[0]:0.0#} C2≥{t[1] * 100m:0.0#}% C3≥{t[2] * 100m:0.#}% C4≥{t[3]:0.#} C5≥{t[4] * 100m:0.0#}pp C6≥{t[5] * 100m:0.0#}%");

    private static string Codes(IEnumerable<string> codes) => codes.Any() ? string.Join(", ", codes) : "(none)";

    // Korean names are double-width on a terminal: pad by display width so the columns line up.
    private static string Pad(string name, int width)
    {
        var shown = 0;
        var result = new System.Text.StringBuilder();
        foreach (var ch in name)
        {
            var w = ch >= 0x1100 ? 2 : 1;
            if (shown + w > width)
            {
                break;
            }

            result.Append(ch);
            shown += w;
        }

        return result.Append(' ', width - shown).ToString();
    }

    private static string Name(ScheduleActionKind kind) => kind switch
    {
        ScheduleActionKind.Prefetch => "history prefetch",
        ScheduleActionKind.Screen => "screen",
        _ => kind.ToString(),
    };

    private static string Clock(DateTimeOffset instant) => KrxTime.ToKst(instant).ToString("HH:mm:ss", Inv);

    private static string Kst(DateTimeOffset instant) => KrxTime.ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", Inv);

    private static string Span(TimeSpan span) =>
        span.TotalHours >= 1 ? string.Create(Inv, $"{(int)span.TotalHours} h {span.Minutes} min") : string.Create(Inv, $"{span.Minutes} min {span.Seconds} s");

    private void Write(params string[] lines)
    {
        lock (_gate)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            output.Flush();
        }
    }
}
