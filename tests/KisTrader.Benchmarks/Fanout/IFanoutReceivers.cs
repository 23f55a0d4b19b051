namespace KisTrader.Benchmarks.Fanout;

/// <summary>signalr-fanout's receiving side: the clients in this process or in a child process.</summary>
internal interface IFanoutReceivers : IAsyncDisposable
{
    /// <summary>Where the clients run, for the report.</summary>
    string Where { get; }

    /// <summary>The clients' process's CPU time so far, or null when they share the server's process.</summary>
    TimeSpan? ClientCpu { get; }

    /// <summary>How many receipts the given sequences had so far.</summary>
    Task<long> DeliveredAsync(IReadOnlyCollection<long> sequences);

    /// <summary>Starts (clears) or stops keeping receipts.</summary>
    Task RecordAsync(bool on);

    /// <summary>The receipts kept: (sequence, monotonic timestamp of the handler).</summary>
    Task<IReadOnlyList<(long Sequence, long At)>> ReceiptsAsync();
}
