using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// Survival test 6 of issue 12, "bad input at scale" (HTTP), against a front end that is its own process in client
/// mode (<see cref="FuzzCluster"/>: deploy/cluster-local.sh's silos, simulator and PostgreSQL, on loopback, over HTTPS):
/// every endpoint the app maps (<see cref="FuzzRoutes"/>: the app's own mapping, checked against the process's OpenAPI
/// document and its 401s) is sent a seeded, bounded set of wrong requests (<see cref="FuzzCases"/>). Every answer is
/// below 500; every refusal is RFC 7807 problem details (SignalR's own transport endpoints answer in their own format);
/// input that is wrong is refused with a 4xx; afterwards every process of the run is still running, front end 1 is
/// ready, and nothing changed (<see cref="FuzzState"/>, read over the API, the hub, the simulator and the database).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class HttpFuzzTests(FuzzCluster cluster)
{
    private const int BodiesPerEndpoint = 300;

    [Fact]
    public async Task EveryEndpoint_SeededBadInput_Only4xxProblems_NoStateChange()
    {
        var ct = TestContext.Current.CancellationToken;
        var viewer = await cluster.NewKeyAsync("Viewer");
        var endpoints = await FuzzRoutes.OfTheAppAsync();
        Assert.Contains(endpoints, e => e.Pattern == "/api/orders" && e.Command && e.Body is not null);
        Assert.Contains(endpoints, e => e.Hub);
        using (var admin = cluster.Client(cluster.AdminKey))
        {
            var document = await admin.GetFromJsonAsync<JsonElement>("openapi/v1.json", ct);
            var differences = FuzzRoutes.Undocumented(document, endpoints);
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }

        var cases = FuzzCases.For(endpoints, FuzzCluster.MaxBody, BodiesPerEndpoint);
        TestContext.Current.SendDiagnosticMessage(string.Join("; ", endpoints));
        var before = await SettledStateAsync();

        using var client = cluster.Client(null);
        var failures = new List<(string Fault, FuzzCase Case)>();
        var statuses = new SortedDictionary<int, int>();
        var retried = 0;
        var clock = Stopwatch.StartNew();
        foreach (var fuzz in cases)
        {
            // The answer, or null: no answer even on a connection of its own (see SendAsync).
            var response = await SendAsync(client, fuzz, viewer, () => retried++);
            if (response is null)
            {
                failures.Add(("no answer, twice (the second on a new connection)", fuzz));
                continue;
            }

            using var answered = response;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (await FuzzFault.OfAsync(fuzz, response) is { } fault)
            {
                failures.Add((fault, fuzz));
            }

            // The process serves every listed route: a protected one answers a request without a key 401, not 404.
            if (fuzz is { Kind: "no key", Endpoint: { Anonymous: false } served } && status != 401)
            {
                failures.Add(($"{status} without a key: not served as listed ({served})", fuzz));
            }
        }

        clock.Stop();
        var summary = $"{cases.Count} requests to {endpoints.Count} endpoints (+ unmapped paths) of front end process 1 in {clock.Elapsed.TotalSeconds:0.0} s ({retried} sent again on a new connection); statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}";
        TestContext.Current.SendDiagnosticMessage(summary);
        Console.WriteLine("FUZZ " + summary);
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers ({summary}):\n{string.Join("\n", failures
            .DistinctBy(f => (f.Fault[..Math.Min(f.Fault.Length, 30)], f.Case.Kind, f.Case.Endpoint?.ToString())).Take(60).Select(f => $"{f.Fault[..Math.Min(f.Fault.Length, 160)]}: {f.Case}"))}");

        using (var live = await client.GetAsync(new Uri("health/live", UriKind.Relative), ct))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await cluster.AssertHealthyAsync();
        Assert.Equal(before, await FuzzState.ReadAsync(cluster));
    }

    /// <summary>
    /// Sends the case on the client's pooled connections. A connection the server closed after refusing an earlier
    /// request (as HTTP lets it, e.g. after a 413) can be the one picked for this one, which then gets no answer; such
    /// a request is sent once more on a connection of its own (<c>Connection: close</c>), and a request that gets no
    /// answer there either is one the server dropped: null. An oversized body waits for <c>100 Continue</c> (as a
    /// careful client's does), so the server refuses it unread.
    /// </summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpClient client, FuzzCase fuzz, string viewer, Action retried)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = fuzz.Request(cluster.AdminKey, viewer);
            request.Headers.ExpectContinue = fuzz.Kind.StartsWith("oversized", StringComparison.Ordinal) ? true : null;
            request.Headers.ConnectionClose = attempt > 0 ? true : null;
            try
            {
                return await client.SendAsync(request, TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException) when (attempt == 0)
            {
                retried();
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The state once two reads a few seconds apart agree (the cluster's start may still be journaling when the test
    /// begins; the clock is paused, so nothing starts later); 120 s at most.
    /// </summary>
    private async Task<FuzzState> SettledStateAsync()
    {
        var waited = Stopwatch.StartNew();
        var state = await FuzzState.ReadAsync(cluster);
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
            var next = await FuzzState.ReadAsync(cluster);
            if (next == state)
            {
                return state;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120), $"the cluster's state did not settle before the fuzz:\n{state}\n{next}");
            state = next;
        }
    }
}
