namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// An event a <see cref="FailoverEventClient"/> showed: its sequence and kind (the payload's <c>change</c> and
/// <c>reason</c>, empty when it has none), and how it came (<c>hub</c> or <c>rest</c>, on which connection).
/// </summary>
internal sealed record ShownEvent(long Sequence, string Alert, string Subject, string Type, string Change, string Reason, string Via, int Connection);
