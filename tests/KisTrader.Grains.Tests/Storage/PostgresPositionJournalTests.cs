using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Trading.Exits;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Storage;

public sealed class PostgresPositionJournalTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly DateOnly Entry = new(2026, 12, 3);
    private static readonly DateTimeOffset Opened = new(2026, 12, 3, 16, 30, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Decided = new(2026, 12, 4, 10, 15, 0, TimeSpan.FromHours(9));

    private readonly PostgresPositionJournal _journal = new(fixture.Database.DataSource);

    [Fact]
    public async Task SavePosition_OpenThenClosed_OneRowWithTheLatestState()
    {
        await EnsureSessionAsync();
        var key = GrainKeys.Position(Entry, "005930");
        var open = new PositionRecord(key, "a0123456789abcdef", Entry, "005930", 100, 9_996m, 0m, PositionStatus.Open, Opened, null, Opened);
        var closed = open with { Quantity = 0, AveragePrice = 0, RealizedPnL = 47_593m, Status = PositionStatus.Closed, ClosedAt = Decided, UpdatedAt = Decided };

        await _journal.SavePositionAsync(open, TestContext.Current.CancellationToken);
        await _journal.SavePositionAsync(closed, TestContext.Current.CancellationToken);
        await _journal.SavePositionAsync(open, TestContext.Current.CancellationToken); // an older write arriving late changes nothing

        var row = Assert.Single(await _journal.ReadPositionsAsync(Entry, TestContext.Current.CancellationToken), p => p.Symbol == "005930");
        Assert.Equal(closed, row with { OpenedAt = row.OpenedAt.ToOffset(TimeSpan.FromHours(9)), ClosedAt = row.ClosedAt?.ToOffset(TimeSpan.FromHours(9)), UpdatedAt = row.UpdatedAt.ToOffset(TimeSpan.FromHours(9)) });
    }

    [Fact]
    public async Task RecordExit_CSharpReasonNamesAndNoReturn_StoredOnceAndReadBack()
    {
        await EnsureSessionAsync();
        var key = GrainKeys.Position(Entry, "000660");
        await _journal.SavePositionAsync(new PositionRecord(key, "a0123456789abcdef", Entry, "000660", 100, 10_000m, 0m, PositionStatus.Open, Opened, null, Opened), TestContext.Current.CancellationToken);
        var flat = new ExitRecord(key, key + "/S1", Decided, ExitReason.FlatRangeExit, ExitWindow.PreClose, 0.005m, 100, 10_050m);
        var forced = new ExitRecord(key, key + "/S2", Decided.AddHours(5), ExitReason.ForcedExit, ExitWindow.ClosingAuction, null, 50, null);

        await _journal.RecordExitAsync(flat, TestContext.Current.CancellationToken);
        await _journal.RecordExitAsync(forced, TestContext.Current.CancellationToken);
        await _journal.RecordExitAsync(flat, TestContext.Current.CancellationToken);

        var exits = await _journal.ReadExitsAsync(key, TestContext.Current.CancellationToken);
        Assert.Equal([flat, forced], exits.Select(e => e with { DecidedAt = e.DecidedAt.ToOffset(TimeSpan.FromHours(9)) }));
    }

    [Fact]
    public void PositionId_SameKey_SameIdOtherKeyOtherId()
    {
        Assert.Equal(PostgresPositionJournal.PositionId("2026-12-03/005930"), PostgresPositionJournal.PositionId("2026-12-03/005930"));
        Assert.NotEqual(PostgresPositionJournal.PositionId("2026-12-03/005930"), PostgresPositionJournal.PositionId("2026-12-04/005930"));
    }

    private Task EnsureSessionAsync() =>
        new PostgresTradingJournal(fixture.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance)
            .RecordSessionStateAsync(new SessionStateChange(Entry, SessionState.Screened, TradingMode.Simulator, Opened, "test"), TestContext.Current.CancellationToken);
}
