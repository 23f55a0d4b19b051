namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>
/// Waits for something another thread or process makes true (a frame crossing loopback, a reconnect). Returns as soon
/// as it holds; fails with the description after 15 s. Not a timing assertion: what follows it is what the test checks.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + (long)Limit.TotalMilliseconds;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what) => TrueAsync(condition, () => what);

    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = Environment.TickCount64 + (long)Limit.TotalMilliseconds;
        while (!await condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"Timed out waiting until {what()}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Reads from <paramref name="reader"/> until an item matches; fails after the limit.</summary>
    public static async Task<TMatch> ReadAsync<T, TMatch>(System.Threading.Channels.ChannelReader<T> reader, Func<TMatch, bool> match, string what)
        where TMatch : T
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            while (true)
            {
                var item = await reader.ReadAsync(timeout.Token);
                if (item is TMatch m && match(m))
                {
                    return m;
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Timed out waiting for {what}.");
            throw;
        }
    }
}
