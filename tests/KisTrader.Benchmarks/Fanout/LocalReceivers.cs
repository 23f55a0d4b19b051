namespace KisTrader.Benchmarks.Fanout;

/// <summary>The clients in the server's own process (<c>--in-process</c>): their CPU and GC are the server's.</summary>
internal sealed class LocalReceivers(FanoutClients clients) : IFanoutReceivers
{
    public string Where => "in the server's process";

    public TimeSpan? ClientCpu => null;

    public static async Task<LocalReceivers> StartAsync(Uri baseUrl, string key, int count, int groups, CancellationToken cancellationToken)
    {
        var clients = new FanoutClients();
        await clients.ConnectAsync(baseUrl, key, count, groups, cancellationToken);
        return new LocalReceivers(clients);
    }

    public Task<long> DeliveredAsync(IReadOnlyCollection<long> sequences) => Task.FromResult(clients.Delivered(sequences));

    public Task RecordAsync(bool on)
    {
        clients.Record(on);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<(long Sequence, long At)>> ReceiptsAsync() => Task.FromResult(clients.Receipts());

    public ValueTask DisposeAsync() => clients.DisposeAsync();
}
