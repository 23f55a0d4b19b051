namespace KisTrader.Benchmarks;

/// <summary>One named benchmark. Implementations are discovered by reflection; add a class, not a switch case.</summary>
internal interface IBenchmark
{
    /// <summary>The command-line name, e.g. <c>screen-cpu</c>.</summary>
    string Name { get; }

    /// <summary>Former names still accepted on the command line.</summary>
    IReadOnlyList<string> Aliases => [];

    /// <summary>One line saying what is measured.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark and prints its figures to standard output.</summary>
    Task RunAsync(string[] args, CancellationToken cancellationToken);
}
