namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>A business rejection as KIS writes it: msg_cd and msg1 (rt_cd is "1").</summary>
internal sealed record KisRejection(string MsgCd, string Msg1);
