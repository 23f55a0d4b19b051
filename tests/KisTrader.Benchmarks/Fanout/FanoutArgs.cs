using System.Globalization;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>signalr-fanout's command-line options (<c>--name value</c>).</summary>
internal static class FanoutArgs
{
    public static int Int(string[] args, string name, int fallback) =>
        int.Parse(Text(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
