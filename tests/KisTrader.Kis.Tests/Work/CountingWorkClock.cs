using KisTrader.Kis.Work;

namespace KisTrader.Kis.Tests.Work;

/// <summary>An <see cref="IWorkClock"/> that counts the holds taken and not yet released.</summary>
internal sealed class CountingWorkClock : IWorkClock
{
    private int _holds;

    public int Holds => Volatile.Read(ref _holds);

    public IDisposable Hold()
    {
        Interlocked.Increment(ref _holds);
        return new Release(this);
    }

    private sealed class Release(CountingWorkClock clock) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref clock._holds);
            }
        }
    }
}
