using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The people-facing words of what grains publish on <c>events/all</c>: grains publish typed data only, and this front end
/// (the simulator console) words each payload type in one line. Times are KST; numbers culture-invariant.
/// </summary>
public static class EventWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One line for an event (without its time).</summary>
    public static string Word(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Payload switch
        {
            SessionPhaseChanged p => Word(p),
            ScreeningRequested p => Word(p, e.At),
            ScreeningFinished p => Word(p),
            AccountSnapshotTaken p => string.Create(Inv, $"account {p.AccountRef}: orderable cash {p.OrderableCash:#,0} won, settled cash {p.SettledCash:#,0} won, {p.Holdings} holdings"),
            ScheduleActionTaken p => string.Create(Inv, $"schedule: {p.Action.Kind} for {p.Action.TradingDate:yyyy-MM-dd} (due {Clock(p.Action.DueAt)} KST): {ScheduleWording.Outcome(p.Action)}"),
            RateBudgetChanged p => Word(p),
            KisAuthChanged p => Word(p),
            MarketDataChanged p => Word(p),
            SymbolChanged p => Word(p),
            AfterHoursChanged p => AfterHoursWording.Word(p),
            _ => string.Create(Inv, $"{e.Subject}: {e.Type}"),
        };
    }

    private static string Word(SessionPhaseChanged p)
    {
        var why = p.Cause switch
        {
            SessionChangeCause.Created => "session created",
            SessionChangeCause.ScheduledStart => "15:30 schedule",
            SessionChangeCause.ManualStart => p.RequestedBy is null ? "manual start" : $"manual start by {p.RequestedBy}: {p.RequestReason}",
            SessionChangeCause.Rerun => $"re-run by {p.RequestedBy}: {p.RequestReason}",
            SessionChangeCause.Resumed => "resumed after a restart",
            SessionChangeCause.ScreenFinished => $"run {p.RunId:N} finished",
            SessionChangeCause.ScreenFailed => "screen failed; finished stages kept",
            SessionChangeCause.RerunFailed => $"re-run failed; run {p.RunId:N} stays the screen",
            _ => p.Cause.ToString(),
        };
        var resumes = p.ResumesAtStage is { } stage ? string.Create(Inv, $", attempt {p.Attempt} resumes at stage {stage}") : "";
        return string.Create(Inv, $"session {p.TradingDate:yyyy-MM-dd}: {p.Phase.ToString().ToLowerInvariant()} ({why}{resumes})");
    }

    private static string Word(ScreeningRequested p, DateTimeOffset at)
    {
        var what = p.Kind == ScreeningCommandKind.Start ? "manual screen" : "re-run";
        return p.Accepted
            ? string.Create(Inv, $"session {p.TradingDate:yyyy-MM-dd}: {what} by {p.RequestedBy} started run {p.RunId:N}")
            : string.Create(Inv, $"session {p.TradingDate:yyyy-MM-dd}: {what} by {p.RequestedBy} refused: {RefusalWording.Word(p, at)}");
    }

    private static string Word(ScreeningFinished p) =>
        string.Create(Inv, $"session {p.TradingDate:yyyy-MM-dd}: screen {p.RunId:N}: {p.Candidates} candidates at {p.FinalLevel}, {p.BrokerCalls:N0} broker calls, {p.Duration.TotalSeconds:0.0} s{(p.ReplacedRunId is null ? "" : " (re-run)")}");

    private static string Word(RateBudgetChanged p) => p.Change switch
    {
        RateBudgetChange.HolderJoined => string.Create(Inv, $"KIS budget {p.KeyId}: holder {p.HolderId} joined ({p.Holders} holders, limit {p.PermitsPerWindow} per window)"),
        RateBudgetChange.HolderReclaimed => string.Create(Inv, $"KIS budget {p.KeyId}: holder {p.HolderId} silent since {Clock(p.LastSeen)} KST; its quota {p.Freed} is free again"),
        RateBudgetChange.Paused => string.Create(Inv, $"KIS budget {p.KeyId}: EGW00201 reported by {p.HolderId}; every silo pauses until {Clock(p.Until)} KST"),
        RateBudgetChange.Recovering => string.Create(Inv, $"KIS budget {p.KeyId}: reactivated with quota out; no new quota until {Clock(p.Until)} KST"),
        _ => string.Create(Inv, $"KIS budget {p.KeyId}: {p.Change}"),
    };

    private static string Word(KisAuthChanged p) => p.Change switch
    {
        KisAuthChange.TokenIssued or KisAuthChange.TokenRenewed =>
            string.Create(Inv, $"KIS key {p.KeyId}: token {(p.Change == KisAuthChange.TokenIssued ? "issued" : "renewed")}, expires {Kst(p.ExpiresAt)} KST"),
        KisAuthChange.TokenInvalidated => $"KIS key {p.KeyId}: stored token invalidated (KIS refused it)",
        KisAuthChange.ApprovalKeySaved => $"KIS key {p.KeyId}: WebSocket approval key stored",
        KisAuthChange.ApprovalKeyRemoved => $"KIS key {p.KeyId}: WebSocket approval key removed",
        _ => $"KIS key {p.KeyId}: {p.Change}",
    };

    private static string Word(MarketDataChanged p)
    {
        var what = p.Symbol is null ? "" : $" {p.Symbol} {p.Kinds}";
        var who = p.Owner is null ? "" : $" for {p.Owner}";
        var detail = p.Detail is null ? "" : $": {p.Detail}";
        return string.Create(Inv, $"market data: {p.Change}{what}{who} ({p.RegistrationsUsed}/{p.RegistrationsLimit} registrations){detail}");
    }

    private static string Word(SymbolChanged p) => p.Change switch
    {
        SymbolChange.ListingSet => $"{Named(p)}: listing ({p.Listing?.Market})",
        SymbolChange.ListingChanged => $"{Named(p)}: listing changed ({string.Join(", ", p.ChangedFields)})",
        SymbolChange.FeaturesStored when p.Features is { } f =>
            string.Create(Inv, $"{p.Code}: {f.Date:yyyy-MM-dd} screening features {(p.Replaced ? "replaced" : "stored")} (score {f.Score}, {f.Level}, rank {f.Rank}, {f.Role})"),
        SymbolChange.Watched => $"{p.Code}: watched by {p.Owner} ({p.Kinds})",
        SymbolChange.WatchRefused => $"{p.Code}: watch by {p.Owner} refused ({p.Kinds}): {p.Reason}",
        SymbolChange.Unwatched => string.Create(Inv, $"{p.Code}: unwatched by {p.Owner} ({p.Kinds}, {p.Holds} holds)"),
        _ => $"{p.Code}: {p.Change}",
    };

    private static string Named(SymbolChanged p) => p.Listing is { } listing ? $"{p.Code} {listing.Name}" : p.Code;

    private static string Clock(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("HH:mm:ss", Inv) : "?";

    private static string Kst(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("yyyy-MM-dd HH:mm", Inv) : "?";
}
