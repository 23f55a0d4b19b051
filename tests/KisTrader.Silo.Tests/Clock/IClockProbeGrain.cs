namespace KisTrader.Silo.Tests.Clock;

/// <summary>A grain that arms a grain timer and a reminder and records when they fire (simulated instants).</summary>
[Alias("KisTrader.Silo.Tests.IClockProbeGrain")]
public interface IClockProbeGrain : IGrainWithStringKey
{
    /// <summary>Arms a one-shot grain timer and a reminder, both due in <paramref name="due"/>; returns simulated now before and after.</summary>
    [Alias("Arm")]
    Task<ProbeArmed> ArmAsync(TimeSpan due);

    /// <summary>What fired: ("timer" | "reminder", simulated now in the callback).</summary>
    [Alias("Fired")]
    Task<ProbeFiring[]> FiredAsync();
}

[GenerateSerializer]
[Alias("KisTrader.Silo.Tests.ProbeArmed")]
public sealed record ProbeArmed([property: Id(0)] DateTimeOffset Before, [property: Id(1)] DateTimeOffset After);

[GenerateSerializer]
[Alias("KisTrader.Silo.Tests.ProbeFiring")]
public sealed record ProbeFiring([property: Id(0)] string Kind, [property: Id(1)] DateTimeOffset At);
