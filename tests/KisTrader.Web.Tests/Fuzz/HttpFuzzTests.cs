using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// Survival test 6, "bad input at scale" (HTTP): every endpoint the app maps, found in its endpoint data source, is sent
/// a seeded, bounded set of wrong requests (<see cref="FuzzCases"/>). Every answer is below 500; every refusal is RFC
/// 7807 problem details (SignalR's own transport endpoints answer in their own format); input that is wrong is refused
/// with a 4xx; afterwards the process is live and nothing changed (<see cref="FuzzState"/>).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class HttpFuzzTests(FuzzCluster cluster)
{
    private const int BodiesPerEndpoint = 300;

    [Fact]
    public async Task EveryEndpoint_SeededBadInput_Only4xxProblems_NoStateChange()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = cluster.Client(factory: cluster.FrontEnd);
        var viewer = await cluster.NewKeyAsync("Viewer", cluster.FrontEnd);
        using (var pause = await admin.PostAsync("/api/control/clock/pause", null, ct))
        {
            pause.EnsureSuccessStatusCode();
        }

        var endpoints = FuzzEndpoint.All(cluster.FrontEnd.Services);
        Assert.Contains(endpoints, e => e.Pattern == "/api/orders" && e.Command && e.Body is not null);
        Assert.Contains(endpoints, e => e.Hub);
        var cases = FuzzCases.For(endpoints, WebClusterFixture.MaxBody, BodiesPerEndpoint);
        TestContext.Current.SendDiagnosticMessage(string.Join("; ", endpoints));
        var before = await FuzzState.ReadAsync(cluster, admin);

        using var client = cluster.FrontEnd.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<(string Fault, FuzzCase Case)>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        foreach (var fuzz in cases)
        {
            using var request = fuzz.Request(WebClusterFixture.AdminKey, viewer);
            using var response = await client.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (await FaultAsync(fuzz, response) is { } fault)
            {
                failures.Add((fault, fuzz));
            }
        }

        clock.Stop();
        var summary = $"{cases.Count} requests to {endpoints.Count} endpoints (+ unmapped paths) in {clock.Elapsed.TotalSeconds:0.0} s; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}";
        TestContext.Current.SendDiagnosticMessage(summary);
        Console.WriteLine("FUZZ " + summary);
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers ({summary}):\n{string.Join("\n", failures
            .DistinctBy(f => (f.Fault[..Math.Min(f.Fault.Length, 30)], f.Case.Kind, f.Case.Endpoint?.ToString())).Take(60).Select(f => $"{f.Fault[..Math.Min(f.Fault.Length, 160)]}: {f.Case}"))}");

        using (var live = await client.GetAsync("/health/live", ct))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        Assert.Equal(before, await FuzzState.ReadAsync(cluster, admin));
    }

    /// <summary>What is wrong with an answer, or null.</summary>
    private static async Task<string?> FaultAsync(FuzzCase fuzz, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var brief = text.Length > 200 ? text[..200] : text;
        if (status >= 500)
        {
            return $"{status} {brief}";
        }

        if (fuzz.MustRefuse && status is < 400 or >= 500)
        {
            return $"not refused ({status})";
        }

        if (status < 400 || fuzz.Endpoint is { Hub: true })
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} without problem details ({response.Content.Headers.ContentType}) {brief}";
        }

        try
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32() == status ? null : $"{status} problem with another status";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{status} problem details that do not parse: {brief}";
        }
    }
}
