using KisTrader.Benchmarks;

// dotnet run -c Release --project tests/KisTrader.Benchmarks -- <name> [args]
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t, nonPublic: true)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/KisTrader.Benchmarks -- <name> [args]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-16} {b.Description}");
    }

    return args.Length == 0 ? 1 : 0;
}

var chosen = benchmarks.FirstOrDefault(b => b.Name == args[0] || b.Aliases.Contains(args[0]));
if (chosen is null)
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'; known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

#if DEBUG
Console.Error.WriteLine("warning: Debug build — run with -c Release for meaningful figures");
#endif
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
await chosen.RunAsync(args[1..], cts.Token);
return 0;
