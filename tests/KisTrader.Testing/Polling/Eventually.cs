using System.Diagnostics;
using System.Threading.Channels;

namespace KisTrader.Testing;

/// <summary>
/// Waits for something another thread, process or grain makes true (a frame crossing loopback, a reconnect, a journal
/// row). Returns as soon as it holds. The limit is generous (<see cref="DefaultLimit"/>): it catches a hang, it is not a
/// timing goal, so a loaded 2-core machine does not fail a correct test. On a timeout the message says what was awaited,
/// how long and how often it was checked, and (with a <see cref="Func{TResult}"/> description) the last values seen.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take by default before the test fails.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        TrueAsync(() => Task.FromResult(condition()), () => what, limit);

    public static Task TrueAsync(Func<bool> condition, Func<string> what, TimeSpan? limit = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, limit);

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null) =>
        TrueAsync(condition, () => what, limit);

    /// <summary>Polls <paramref name="condition"/>; on a timeout the message is <paramref name="what"/> evaluated then.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan? limit = null)
    {
        var max = limit ?? DefaultLimit;
        var watch = Stopwatch.StartNew();
        var polls = 0;
        while (true)
        {
            polls++;
            if (await condition())
            {
                return;
            }

            if (watch.Elapsed > max)
            {
                Assert.Fail($"Not within {max.TotalSeconds:0.#} s ({polls} checks): {what()}");
            }

            // Quick at first (most conditions hold within milliseconds), then gentle on a busy machine.
            await Task.Delay(polls < 20 ? 5 : 50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Reads <paramref name="reader"/> until an item of type <typeparamref name="TMatch"/> matches; fails after the limit.</summary>
    public static async Task<TMatch> ReadAsync<T, TMatch>(ChannelReader<T> reader, Func<TMatch, bool> match, string what, TimeSpan? limit = null)
        where TMatch : T
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(match);
        var max = limit ?? DefaultLimit;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(max);
        var seen = 0;
        try
        {
            while (true)
            {
                var item = await reader.ReadAsync(timeout.Token);
                seen++;
                if (item is TMatch m && match(m))
                {
                    return m;
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Not within {max.TotalSeconds:0.#} s ({seen} other items read): {what}");
            throw;
        }
    }
}
