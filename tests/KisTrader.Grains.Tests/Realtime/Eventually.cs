namespace KisTrader.Grains.Tests.Realtime;

/// <summary>Polls a condition until it holds (or fails the test after a generous limit: a hang, not a timing goal).</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<Task<bool>> condition, string what) => TrueAsync(condition, () => what);

    /// <summary>Polls <paramref name="condition"/>; on failure the message is <paramref name="what"/> evaluated then (e.g. with the last values seen).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = Environment.TickCount64 + (long)Limit.TotalMilliseconds;
        while (!await condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"Not within {Limit.TotalSeconds} s: {what()}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);
}
