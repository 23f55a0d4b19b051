using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>The alerts signalr-fanout publishes: one payload type per group of <see cref="FanoutClients.Groups"/>.</summary>
internal static class FanoutAlerts
{
    public static TradingEventPayload Of(int group, int attempt) => group switch
    {
        // signals
        0 => new SessionPhaseChanged(new DateOnly(2026, 11, 23), SessionPhase.Scheduled, null, attempt, SessionChangeCause.Created),
        // risk
        1 => new RiskChanged("bench", RiskChange.SymbolHalted, KillSwitchMode.Active, null, "bench", Symbol: "005930", PositionsFailed: []),
        // system
        _ => new MarketDataChanged(MarketDataChange.Subscribed, "005930", MarketDataKinds.None, "bench", null, attempt, 0, 0, 1, 41, null),
    };
}
