using KisTrader.Grains.Storage;

namespace KisTrader.Grains.Tests.Storage.Trades;

/// <summary>The trade journal behaviour on <see cref="InMemoryTradeJournal"/>.</summary>
public sealed class InMemoryTradeJournalTests : TradeJournalBehaviour
{
    protected override ITradeJournal Journal { get; } = new InMemoryTradeJournal();
}
