namespace KisTrader.Grains.Screening;

/// <summary>Where a stage is (for a console or UI line such as "stage 3/4: quotes 342/342, 344 calls, 19.1 s").</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Listings finished in this stage.</param>
/// <param name="Total">Listings this stage works on.</param>
/// <param name="Calls">Broker calls spent in this stage so far.</param>
/// <param name="Elapsed">Time spent in this stage so far.</param>
public sealed record FunnelProgress(FunnelStage Stage, int Done, int Total, int Calls, TimeSpan Elapsed)
{
    /// <summary>Number of stages.</summary>
    public const int StageCount = 4;

    /// <summary>True when the stage is complete.</summary>
    public bool IsComplete => Done == Total;

    /// <summary>"stage 3/4: quotes 342/342, 344 calls, 19.1 s".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"stage {(int)Stage}/{StageCount}: {Stage.ToString().ToLowerInvariant()} {Done}/{Total}, {Calls} calls, {Elapsed.TotalSeconds:0.0} s");
}
