namespace KisTrader.Silo.Tests.Clock;

/// <summary>
/// Grain timers and reminders of a real silo on the simulated clock at 60×: they fire at their simulated due instants
/// (the clock records each dispatch: simulated time never passes an undispatched due instant, so these claims do not
/// depend on how fast a loaded machine runs the grain turns), a pause holds them, a jump fires them in due order, and
/// no Orleans internal timer runs on the simulated clock at a short period.
/// </summary>
public sealed class SimulatedClockSiloTests(SimulatedClockSiloFixture silo) : IClassFixture<SimulatedClockSiloFixture>
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task GrainTimerAndReminder_DueIn10SimulatedMinutesAt60x_FireWithinOneSimulatedSecondOfDue()
    {
        silo.Clock.SetSpeed(60m);
        var grain = silo.Grains.GetGrain<IClockProbeGrain>($"ten-{Guid.NewGuid():N}");

        var armed = await grain.ArmAsync(TenMinutes);
        var fired = await SimulatedClockSiloFixture.EventuallyAsync(grain.FiredAsync, f => f.Length == 2, "the timer and the reminder");

        Assert.Equal(["reminder", "timer"], fired.Select(f => f.Kind).Order());
        Assert.All(fired, f => Assert.True(f.At >= armed.Before + TenMinutes, $"{f.Kind} fired at {f.At:O}, before it was due"));
        // The clock's own record: the timer's and the reminder's dispatches at their due instants (within 1 s).
        var dispatched = silo.Dispatches.Where(d => d.Due >= armed.Before + TenMinutes && d.Due <= armed.After + TenMinutes).ToList();
        Assert.True(dispatched.Count >= 2, $"{dispatched.Count} dispatches due between {armed.Before + TenMinutes:O} and {armed.After + TenMinutes:O}");
        Assert.All(dispatched, d => Assert.InRange(d.At - d.Due, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Pause_HoldsGrainTimersAndReminders_AJumpFiresEverythingThatBecameDue_InOrder()
    {
        silo.Clock.SetSpeed(60m);
        var grains = Enumerable.Range(1, 3).Select(i => silo.Grains.GetGrain<IClockProbeGrain>($"jump-{i}-{Guid.NewGuid():N}")).ToArray();
        silo.Clock.Pause();
        try
        {
            var armed = new List<ProbeArmed>();
            for (var i = 0; i < grains.Length; i++)
            {
                armed.Add(await grains[i].ArmAsync(TimeSpan.FromMinutes(2 * (i + 1)))); // due +2, +4, +6 min
            }

            var pausedAt = silo.Clock.GetUtcNow();
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken); // 3 simulated minutes if it ran
            foreach (var grain in grains)
            {
                Assert.Empty(await grain.FiredAsync());
            }

            Assert.Equal(pausedAt, silo.Clock.GetUtcNow());
            var before = silo.Dispatches.Count;
            silo.Clock.JumpTo(pausedAt + TimeSpan.FromMinutes(7));

            foreach (var grain in grains)
            {
                await SimulatedClockSiloFixture.EventuallyAsync(grain.FiredAsync, f => f.Length == 2, "the timer and the reminder after the jump");
            }

            // Each grain's timer and reminder fired not before its due instant; the clock dispatched every timer that became
            // due in due order, each at its due instant (the grain turns themselves run when the silo gets to them).
            for (var i = 0; i < grains.Length; i++)
            {
                var due = pausedAt + TimeSpan.FromMinutes(2 * (i + 1));
                Assert.All(await grains[i].FiredAsync(), f => Assert.True(f.At >= due, $"{f.Kind} of grain {i} fired at {f.At:O}, before {due:O}"));
            }

            var jumped = silo.Dispatches.Skip(before).ToList();
            foreach (var minutes in new[] { 2, 4, 6 })
            {
                Assert.True(jumped.Count(d => d.Due == pausedAt + TimeSpan.FromMinutes(minutes)) >= 2, $"no timer and reminder dispatch at +{minutes} min: {string.Join(", ", jumped.Select(d => d.Due.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
            }

            Assert.Equal(jumped.Select(d => d.Due).Order(), jumped.Select(d => d.Due));
            Assert.All(jumped, d => Assert.Equal(d.Due, d.At));
            Assert.Equal(pausedAt + TimeSpan.FromMinutes(7), silo.Clock.GetUtcNow());
        }
        finally
        {
            silo.Clock.Resume();
        }
    }

    [Fact]
    public async Task IdleSilo_At600x_NoInternalTimerSpinsOnTheSimulatedClock()
    {
        silo.Clock.SetSpeed(600m);
        var before = silo.Dispatches.Count;
        var from = silo.Clock.GetUtcNow();

        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        var to = silo.Clock.GetUtcNow();
        silo.Clock.SetSpeed(60m);
        var dispatched = silo.Dispatches.Skip(before).ToList();
        // Up to 30 simulated minutes passed. A 100 ms internal period on the simulated clock (stream pulling agents,
        // system-target timers) would be thousands of dispatches; what is left is the reminder service's own refresh.
        Assert.True(to - from >= TimeSpan.FromMinutes(1), $"the clock moved only {to - from}");
        Assert.True(dispatched.Count < 60, $"{dispatched.Count} dispatches in {to - from} simulated: {string.Join(", ", dispatched.Take(20).Select(d => d.Interval))}");
    }
}
