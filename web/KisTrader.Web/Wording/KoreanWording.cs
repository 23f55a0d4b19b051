using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean line of each event for the dashboard's alerts feed and the notifications (grains publish data only; the
/// silo console's English wording is silo/KisTrader.Silo/Simulation/EventWording.cs). Every payload type of this build
/// has its own line, worded by its family's class (Korean*Wording); only a type this build does not know (a journal row
/// of a newer silo) gets <see cref="Generic"/>. Times KST, numbers culture-invariant with thousands separators, accounts
/// by their masked reference or grain key, never a secret.
/// </summary>
public static class KoreanWording
{
    /// <summary>One line for an event (without its time).</summary>
    public static string Word(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Payload switch
        {
            SessionPhaseChanged p => KoreanSessionWording.Word(p),
            ScreeningRequested p => KoreanSessionWording.Word(p),
            ScreeningFinished p => KoreanSessionWording.Word(p),
            SessionClosed p => KoreanResultWording.Word(p),
            AccountSnapshotTaken p => KoreanSystemWording.Word(p),
            ScheduleActionTaken p => KoreanSystemWording.Word(p),
            RateBudgetChanged p => KoreanSystemWording.Word(p),
            KisAuthChanged p => KoreanSystemWording.Word(p),
            MarketDataChanged p => KoreanSystemWording.Word(p),
            SymbolChanged p => KoreanSystemWording.Word(p),
            OrderChanged p => KoreanOrderWording.Word(p),
            PositionChanged p => KoreanPositionWording.Word(p),
            AfterHoursChanged p => KoreanAfterHoursWording.Word(p),
            RiskChanged p => KoreanRiskWording.Word(p),
            ReconciliationFinished p => KoreanRiskWording.Word(p),
            PortfolioConfigChanged p => KoreanPortfolioWording.Word(p),
            _ => Generic(e.Subject, e.Type),
        };
    }

    /// <summary>The line of an event whose payload this build cannot read: its subject and type.</summary>
    public static string Generic(string subject, string type) => $"{subject}: {type}";

    /// <summary>The adjustment level in Korean: 강화2, 강화1, 기본, 완화1…3.</summary>
    public static string Level(string? level) => level switch
    {
        "Tighten2" => "강화2",
        "Tighten1" => "강화1",
        "Base" => "기본",
        "Relax1" => "완화1",
        "Relax2" => "완화2",
        "Relax3" => "완화3",
        null => "-",
        _ => level,
    };
}
