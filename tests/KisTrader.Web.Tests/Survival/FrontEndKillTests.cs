using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// Survival test 5 of issue 12, front end killed: deploy/cluster-local.sh (PostgreSQL, two silos, two HTTPS front ends
/// in client mode, the simulator, each its own process on loopback); a real SignalR client follows the order, fill,
/// exit and risk events through front end 1 and lists front end 2 as its fail-over; front end 1 is killed with SIGKILL
/// while events are being produced; the client connects to front end 2, re-reads over its REST API from the last
/// sequence it showed, and follows on. The events' sequence numbers are the journal's (<c>journal.events</c>, one
/// numbering for the whole cluster, whichever silo published and whichever front end relayed), so the sequences the
/// client showed are compared with the journal's: none missing, none twice.
/// <para>
/// The events: the cluster runs on the wall clock, so the test needs order events at any hour, any day. It halts new
/// entries with the kill switch first (a journaled <c>RiskChanged</c>), then places manual buy orders through front end
/// 2: each is journaled as an <c>OrderChanged</c> Created, then, at any hour of a trading day, refused by the
/// kill-switch gate (<c>RiskChanged</c> OrderRefused, <c>OrderChanged</c> GateRefused) or expired after the session's
/// end — so nothing reaches the broker, and the same events (at least Created) exist on a weekend. Orders are placed
/// continuously across the kill, and three more while the client has no connection. Fills and exits need market hours
/// on the cluster's clock; they travel the same relay with the same numbering (their alert categories are followed).
/// </para>
/// Bounded: the cluster's start is ~25 s on an idle machine (limits generous for a loaded one), the rest ~15 s; no
/// latency is asserted, every wait is for the event itself.
/// </summary>
public sealed class FrontEndKillTests
{
    private static readonly HashSet<string> Followed = new(["orders", "fills", "exits", "risk"], StringComparer.Ordinal);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task KillFrontEnd_ClientFailsOverToTheOther_NoOrderEventMissedOrShownTwice()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var cluster = await FrontEndKillCluster.StartAsync(TimeSpan.FromMinutes(8));
        using var web2 = cluster.Http(cluster.FrontEnd(1));
        var halt = await web2.PostAsJsonAsync("api/control/kill-switch/halt-entries", new { reason = "survival test: front end killed" }, cancel);
        Assert.True(halt.IsSuccessStatusCode, await halt.Content.ReadAsStringAsync(cancel));

        await using var client = new FailoverEventClient([cluster.FrontEnd(0), cluster.FrontEnd(1)], cluster.AdminKey, cluster, Followed);
        var placed = new List<string>();
        var gap = new List<string>();
        client.WhileDisconnected = async () =>
        {
            // Front end 1 is gone and the client has no connection: these events exist only in the journal for it.
            for (var i = 0; i < 3; i++)
            {
                gap.Add(await PlaceAsync(web2, "gap" + i.ToString(CultureInfo.InvariantCulture), cancel));
            }
        };
        await client.StartAsync();
        Assert.Equal(0, client.FrontEnd);

        using var stopProducing = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = ProduceAsync(web2, placed, stopProducing.Token);

        // Live through front end 1 first: the Created events of three continuous orders arrive over its hub.
        await Until(() => client.Snapshot().Count(e => e is { Via: "hub", Connection: 1, Change: "Created" }) >= 3, "three order events live through front end 1", cluster);
        var killed = cluster.Kill("web1");
        await client.FailedOver.Task.WaitAsync(Patience, cancel);
        Assert.Equal(1, client.FrontEnd);
        var second = client.Connections;

        // Orders keep coming through the kill; three more arrive live through front end 2, then production stops.
        await Until(() => client.Snapshot().Count(e => e.Via == "hub" && e.Connection == second && e.Change == "Created") >= 3, "three order events live through front end 2", cluster);
        await stopProducing.CancelAsync();
        await producer;
        var marker = await PlaceAsync(web2, "last", cancel);
        await Until(() => client.Snapshot().Any(e => IsCreated(e, marker)), "the last order's event", cluster);
        var cutoff = client.Snapshot().Single(e => IsCreated(e, marker)).Sequence;

        // The journal's events of the followed categories up to the last order, read back from the survivor.
        var journal = await JournalAsync(web2, cutoff, cancel);
        await Until(() => journal.All(s => client.Snapshot().Any(e => e.Sequence == s.Sequence)), "every journaled event up to the last order shown", cluster, () => Missing(journal, client));

        var shown = client.Snapshot().Where(e => e.Sequence <= cutoff).ToList();
        Assert.Equal(journal.Select(e => e.Sequence), [.. shown.Select(e => e.Sequence).Order()]);
        Assert.Equal(shown.Count, shown.Select(e => e.Sequence).Distinct().Count());
        foreach (var connection in client.DeliveredSnapshot().GroupBy(d => d.Connection))
        {
            Assert.Equal(connection.Count(), connection.Select(d => d.Sequence).Distinct().Count());
        }

        // Every order placed has its Created event exactly once; those placed while the client was cut off came
        // through front end 2's re-read, and some continuous orders were placed around the kill.
        foreach (var id in placed.Concat(gap).Append(marker))
        {
            Assert.Single(shown, e => IsCreated(e, id));
        }

        Assert.All(gap, id => Assert.Equal(("rest", second), shown.Where(e => IsCreated(e, id)).Select(e => (e.Via, e.Connection)).Single()));
        Assert.Contains(shown, e => e is { Via: "hub", Connection: 1 });
        Assert.Contains(shown, e => e.Via == "hub" && e.Connection == second);
        Assert.Contains(shown, e => e is { Type: "RiskChanged", Change: "KillSwitchSet" });
        Assert.Equal(second, client.Connections);

        // The state the client re-reads from the survivor: the kill switch it set, the orders it placed.
        using var riskState = JsonDocument.Parse(await web2.GetStringAsync("api/control/kill-switch", cancel));
        Assert.Equal("EntriesHalted", riskState.RootElement.GetProperty("mode").GetString());
        var order = await web2.GetAsync(new Uri("api/orders/" + shown.First(e => IsCreated(e, gap[0])).Subject, UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.OK, order.StatusCode);
        Assert.True(killed > 0);
    }

    private static bool IsCreated(ShownEvent e, string requestId) =>
        e is { Type: "OrderChanged", Change: "Created" } && e.Subject.StartsWith("manual/", StringComparison.Ordinal) && e.Subject.EndsWith("/" + requestId, StringComparison.Ordinal);

    private static async Task ProduceAsync(HttpClient web2, List<string> placed, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            string id;
            try
            {
                id = await PlaceAsync(web2, "c" + i.ToString(CultureInfo.InvariantCulture), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            lock (placed)
            {
                placed.Add(id);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A manual buy through the survivor; the kill switch refuses it (409) on a trading day, a weekend answers 409 as
    /// well (no session to send in): either way its Created event is journaled. Never a 5xx.
    /// </summary>
    private static async Task<string> PlaceAsync(HttpClient web, string requestId, CancellationToken cancel)
    {
        var id = "fk-" + requestId;
        using var response = await web.PostAsJsonAsync("api/orders",
            new { symbol = "005930", side = "Buy", kind = "Limit", quantity = 1, limitPrice = 50000, reason = "survival test: front end killed", requestId = id }, cancel);
        Assert.True((int)response.StatusCode < 500, $"order {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
        return id;
    }

    private static async Task<List<ShownEvent>> JournalAsync(HttpClient web, long cutoff, CancellationToken cancel)
    {
        var sequences = new List<ShownEvent>();
        var after = 0L;
        while (true)
        {
            using var page = JsonDocument.Parse(await web.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"api/events?after={after}&limit=1000"), cancel));
            Assert.Equal("journal (journal.events)", page.RootElement.GetProperty("source").GetString());
            sequences.AddRange(page.RootElement.GetProperty("events").EnumerateArray()
                .Where(e => Followed.Contains(e.GetProperty("alert").GetString()!)).Select(e => new ShownEvent(e.GetProperty("sequence").GetInt64(),
                    e.GetProperty("alert").GetString()!, e.GetProperty("subject").GetString()!, e.GetProperty("type").GetString()!,
                    e.GetProperty("payload").TryGetProperty("change", out var c) ? c.ToString() : "", "journal", 0))
                .Where(e => e.Sequence <= cutoff));
            after = page.RootElement.GetProperty("last").GetInt64();
            if (!page.RootElement.GetProperty("more").GetBoolean() || after > cutoff)
            {
                return sequences;
            }
        }
    }

    private static string Missing(List<ShownEvent> journal, FailoverEventClient client)
    {
        var shown = client.Snapshot();
        var missing = journal.Where(j => shown.All(e => e.Sequence != j.Sequence));
        return "missing: " + string.Join("; ", missing) + "\nshown: " + string.Join("; ", shown.Select(e => $"{e.Sequence} {e.Type}/{e.Change} {e.Via}{e.Connection}"))
            + "\nre-read: " + string.Join(",", client.Reread.Select(r => $"{r.Sequence}@{r.Connection}")) + "\ntrace: " + string.Join("\n  ", client.Trace);
    }

    private static async Task Until(Func<bool> condition, string what, FrontEndKillCluster cluster, Func<string>? detail = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"{what}: not within {Patience.TotalSeconds:F0} s\n{detail?.Invoke()}\n--- web2.log\n{cluster.LogTail("web2")}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }
    }
}
