using System.Globalization;

namespace KisTrader.Survival;

/// <summary>The cluster's clock (the simulator's) as a run drives it: jumps and waits for an instant.</summary>
internal sealed partial class SurvivalCluster
{
    /// <summary>Moves the simulated clock forward to <paramref name="to"/> (nothing when it is there already).</summary>
    public async Task JumpAsync(DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (await Simulator.NowAsync(cancellationToken) < to)
        {
            await Simulator.SetClockAsync(cancellationToken, to: to);
        }
    }

    /// <summary>Waits until the simulated clock reads <paramref name="instant"/> or later.</summary>
    public async Task WaitForClockAsync(DateTimeOffset instant, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Run.Elapsed + timeout;
        while (await Simulator.NowAsync(cancellationToken) < instant)
        {
            if (Run.Elapsed > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"the simulated clock did not reach {instant:O} within {timeout.TotalSeconds:0} s\n{Tails()}"));
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
