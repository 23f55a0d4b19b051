using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// What a session left, read the way the system reads it: the positions and their orders through their grains (the
/// Orleans state), the journal's positions and trades, and the statistics rows — each as JSON, to compare two systems.
/// </summary>
internal sealed record TradingSnapshot(string Positions, string Orders, string JournalPositions, string Trades, string Statistics, int PositionCount, int OrderCount, int StatisticsCount)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static async Task<TradingSnapshot> ReadAsync(IServiceProvider services, DateOnly day, CancellationToken ct)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var board = await grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(day)).GetAsync();
        var positions = new List<PositionView>();
        var orders = new List<OrderView>();
        foreach (var code in board.Symbols.Where(s => s.HandedToPosition).Select(s => s.Code).Order(StringComparer.Ordinal))
        {
            var position = await grains.GetGrain<IPositionGrain>(GrainKeys.Position(day, code)).GetAsync();
            positions.Add(position);
            foreach (var id in position.OrderIds)
            {
                orders.Add(await grains.GetGrain<IOrderGrain>(id).GetAsync());
            }
        }

        var journalPositions = await services.GetRequiredService<IPositionJournal>().ReadPositionsAsync(day, ct);
        var trades = await services.GetRequiredService<ITradeJournal>().ReadTradesAsync(day, day.AddDays(7), ct);
        var statistics = await services.GetRequiredService<IDailyStatisticsStore>().ReadAsync(new DateOnly(2000, 1, 1), day.AddDays(7), ct);
        return new TradingSnapshot(
            JsonSerializer.Serialize(positions, Json),
            JsonSerializer.Serialize(orders, Json),
            JsonSerializer.Serialize(journalPositions, Json),
            JsonSerializer.Serialize(trades, Json),
            JsonSerializer.Serialize(statistics, Json),
            positions.Count,
            orders.Count,
            statistics.Count);
    }
}
