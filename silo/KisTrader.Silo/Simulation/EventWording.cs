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
            PositionChanged p => Word(p),
            OrderChanged p => Word(p),
            RiskChanged p => Word(p),
            ReconciliationFinished p => Word(p),
            AfterHoursChanged p => AfterHoursWording.Word(p),
            SessionClosed p => SessionResultWording.Word(p),
            PortfolioConfigChanged p => string.Create(Inv, $"portfolio {p.AccountKey} v{p.Version} by {p.RequestedBy} ({p.Reason}): budget {p.Effective.SessionBudget:#,0} won, {p.Effective.SelectedCount} selected + {p.Effective.BackupCount} backups, {p.Effective.AllocationMode}{(p.Overrides.IsEmpty ? " (defaults)" : "")}"),
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
            SessionChangeCause.AfterHoursStarted => "the after-hours session started",
            SessionChangeCause.AfterHoursEnded => p.Phase == Trading.Sessions.SessionPhase.Holding ? "the after-hours session ended; positions held overnight" : "the after-hours session ended with nothing to hold",
            SessionChangeCause.PositionsSettled => "every position is flat",
            SessionChangeCause.ExitDayClosed => "the exit day closed with positions not flat [ALERT]",
            _ => p.Cause.ToString(),
        };
        var resumes = p.ResumesAtStage is { } stage ? string.Create(Inv, $", attempt {p.Attempt} resumes at stage {stage}") : "";
        var phase = p.Phase == Trading.Sessions.SessionPhase.AfterHours ? "after-hours" : p.Phase.ToString().ToLowerInvariant();
        return string.Create(Inv, $"session {p.TradingDate:yyyy-MM-dd}: {phase} ({why}{resumes})");
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

    private static string Word(RiskChanged p) => p.Change switch
    {
        RiskChange.KillSwitchSet => $"risk {p.AccountKey}: kill switch {Mode(p.Mode)} by {p.RequestedBy}: {p.Reason}",
        RiskChange.Resumed => $"risk {p.AccountKey}: kill switch off (trading resumed) by {p.RequestedBy}: {p.Reason}",
        RiskChange.KillSwitchReachedPositions => p.PositionsFailed.IsDefaultOrEmpty
            ? string.Create(Inv, $"risk {p.AccountKey}: kill switch {Mode(p.Mode)} reached {p.PositionsReached} positions")
            : string.Create(Inv, $"risk {p.AccountKey}: kill switch {Mode(p.Mode)} reached {p.PositionsReached} positions, FAILED for {string.Join(", ", p.PositionsFailed)}"),
        RiskChange.SymbolHalted => $"risk {p.AccountKey}: {p.Symbol} halted ({p.Reason})",
        RiskChange.OrderRefused => $"risk: order {p.ClientOrderId} ({p.Symbol}) refused by the {p.Code} gate: {p.Detail}",
        RiskChange.ReconciliationHaltCleared => $"risk {p.AccountKey}: reconciliation halt cleared by {p.RequestedBy}: {p.Reason}",
        _ => $"risk {p.AccountKey}: {p.Change}",
    };

    private static string Mode(KillSwitchMode mode) => mode switch
    {
        KillSwitchMode.EntriesHalted => "\"halt entries\"",
        KillSwitchMode.Flattening => "\"flatten\"",
        _ => "off",
    };

    private static string Word(ReconciliationFinished p) => p.Clean
        ? string.Create(Inv, $"reconciliation {p.AccountKey} ({p.Trigger}): clean ({p.BrokerHoldings} holdings, {p.BrokerOpenOrders} open orders, {p.Positions} positions){(p.EntriesHalted ? "; entries stay halted until a person clears the earlier difference" : "")}")
        : $"reconciliation {p.AccountKey} ({p.Trigger}): NEW ENTRIES HALTED: {string.Join("; ", p.Differences)}";

    private static string Named(SymbolChanged p) => p.Listing is { } listing ? $"{p.Code} {listing.Name}" : p.Code;

    private static string Word(PositionChanged p)
    {
        var what = p.Change switch
        {
            PositionChange.EntryPlaced => string.Create(Inv, $"buy {p.OrderQuantity:#,0} at {p.LimitPrice:#,0} placed ({p.ClientOrderId})"),
            PositionChange.Opened => string.Create(Inv, $"open, {p.Quantity:#,0} shares at an average of {p.AveragePrice:#,0.##}"),
            PositionChange.FirstPrice => string.Create(Inv, $"first price of the day {p.LastPrice:#,0}"),
            PositionChange.ExitPlaced => string.Create(Inv, $"{p.ExitReason} ({ExitWindowWording.Word(p.Reason)}): sell {p.OrderQuantity:#,0} {Limit(p.LimitPrice)}{Return(p.Return)} ({p.ClientOrderId})"),
            PositionChange.ExitConverted => $"{p.ExitReason}: {p.ClientOrderId} converted to market ({p.Reason})",
            PositionChange.Closed => string.Create(Inv, $"closed, net P&L {p.RealizedPnL:#,0} won"),
            PositionChange.Abandoned => "abandoned (nothing bought)",
            PositionChange.FlattenRequested => $"flatten requested by {p.RequestedBy} ({p.Reason})",
            PositionChange.EntryCancelRequested => $"cancel of the buy's rest requested by {p.RequestedBy} ({p.Reason})",
            _ => string.Create(Inv, $"order {p.ClientOrderId} changed; {p.Quantity:#,0} shares held, realized {p.RealizedPnL:#,0} won"),
        };
        return $"position {p.Key}: {what}";
    }

    private static string Limit(decimal? limit) => limit is { } l ? string.Create(Inv, $"limit {l:#,0}") : "at market";

    private static string Return(decimal? r) => r is { } v ? ", r " + (v * 100m).ToString("+0.00;-0.00;0.00", Inv) + "%" : "";

    private static string Clock(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("HH:mm:ss", Inv) : "?";

    private static string Kst(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("yyyy-MM-dd HH:mm", Inv) : "?";

    private static string Word(OrderChanged p)
    {
        var o = p.Order;
        var i = o.Intent;
        var what = i is null
            ? p.ClientOrderId
            : string.Create(Inv, $"{i.Side.ToString().ToLowerInvariant()} {i.Quantity:#,0} {i.Symbol} {(i.LimitPrice is { } l ? l.ToString("#,0", Inv) : "market")} ({i.Kind}, {i.Purpose} {i.Reason})");
        var detail = p.Change switch
        {
            OrderChange.Filled when p.Fill is { } f => string.Create(Inv, $"filled {f.Quantity:#,0} @ {f.Price:#,0.##}{(f.FromPolling ? " (found by polling)" : "")}, {o.FilledQuantity:#,0}/{i?.Quantity:#,0} in total"),
            OrderChange.Accepted or OrderChange.Adopted => $"{p.Change.ToString().ToLowerInvariant()} as {o.BrokerOrderNumber}",
            OrderChange.Rejected or OrderChange.GateRefused or OrderChange.GaveUp => $"{p.Change.ToString().ToLowerInvariant()}: {p.Code} {p.Detail}",
            OrderChange.Ambiguous => $"AMBIGUOUS lookup ({p.Detail}): symbol halted, a person decides",
            _ => p.Change.ToString().ToLowerInvariant() + (p.Code is null ? "" : $" ({p.Code})"),
        };
        return string.Create(Inv, $"order {p.ClientOrderId}: {what}: {detail}{(p.Alert ? " [ALERT]" : "")}");
    }
}
