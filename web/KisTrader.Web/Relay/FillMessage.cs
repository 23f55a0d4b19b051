using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Relay;

/// <summary>A broker fill notice as the hub sends it (<c>fill</c>, group <c>alerts:fills</c>): its Korean line and the notice (masked account only).</summary>
public sealed record FillMessage(string Text, FillNoticeEvent Notice);
