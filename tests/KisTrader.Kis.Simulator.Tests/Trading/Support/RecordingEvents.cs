using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Tests.Trading.Support;

/// <summary>Collects what the book published.</summary>
internal sealed class RecordingEvents : ITradingEvents
{
    public List<OrderNotice> Notices { get; } = [];

    public IEnumerable<OrderNotice> Fills => Notices.Where(n => n.Kind == NoticeKind.Fill);

    public void Publish(IReadOnlyList<OrderNotice> notices) => Notices.AddRange(notices);
}
