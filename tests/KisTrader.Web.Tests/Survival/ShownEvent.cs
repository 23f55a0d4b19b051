namespace KisTrader.Web.Tests.Survival;

/// <summary>An event a <see cref="FailoverEventClient"/> showed: its sequence and kind, and how it came (<c>hub</c> or <c>rest</c>, on which connection).</summary>
internal sealed record ShownEvent(long Sequence, string Alert, string Subject, string Type, string Change, string Via, int Connection);
