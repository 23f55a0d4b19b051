namespace KisTrader.Benchmarks.Fanout;

/// <summary>signalr-fanout's printed figures.</summary>
internal static class FanoutReport
{
    public static void Latency(double rate, int alerts, int clients, int groups, long delivered, long expected, List<double> total, List<double> stream, List<double> fanout)
    {
        var p99 = WebBenchHost.Percentile(total, 0.99);
        var verdict = p99 <= 100 && delivered == expected ? "PASS" : "FAIL";
        Console.WriteLine($"  {rate:0.##} alert(s)/s: {alerts} alerts x {clients} clients / {groups} group(s) = {delivered:N0} of {expected:N0} deliveries ({rate * expected / alerts:N0} messages/s)");
        Console.WriteLine($"    publish -> client:  {Stats(total)} (goal p99 <= 100 ms): {verdict}");
        Console.WriteLine($"    publish -> stream:  {Stats(stream)} (journal + Orleans memory stream, the server's subscriber)");
        Console.WriteLine($"    stream  -> client:  {Stats(fanout)} (relay + SignalR group send + the client's handler)");
    }

    public static void Burst(int alerts, int clients, long delivered, long expected, double seconds, List<double> total) =>
        Console.WriteLine($"  burst: {alerts} alerts back to back = {delivered:N0} of {expected:N0} deliveries in {seconds:F2} s = {delivered / seconds:N0} messages/s; latency {Stats(total)}");

    private static string Stats(List<double> ms) => ms.Count == 0
        ? "no deliveries"
        : $"p50 {WebBenchHost.Percentile(ms, 0.50):F1} ms, p95 {WebBenchHost.Percentile(ms, 0.95):F1} ms, p99 {WebBenchHost.Percentile(ms, 0.99):F1} ms, max {ms.Max():F1} ms";
}
