using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Testing.LocalClusters;

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
/// The events: the cluster runs on the wall clock, so the test needs events at any hour, any day. It halts new entries
/// with the kill switch first, then, through front end 2 (<see cref="EventProducer"/>), places a manual buy order and
/// halts entries again with a tagged reason, every 200 ms, across the kill, and three times more while the client has
/// no connection. Each halt is journaled any day (<c>RiskChanged</c> KillSwitchSet, entries stay halted: nothing reaches
/// the broker). On a KRX trading day (KST) each order is journaled too (<c>OrderChanged</c> Created, then refused by
/// the kill-switch gate); on a day without a session each is refused with 400 naming the day and nothing is journaled
/// (asserted: no event, no order). Fills and exits need market hours on the cluster's clock; they travel the same relay
/// with the same numbering (their alert categories are followed).
/// </para>
/// Bounded: the cluster's start is ~25 s on an idle machine (limits generous for a loaded one), the rest ~15 s; no
/// latency is asserted, every wait is for the event itself.
/// </summary>
public sealed class FrontEndKillTests
{
    private static readonly HashSet<string> Followed = new(["orders", "fills", "exits", "risk"], StringComparer.Ordinal);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    // Below the Linux ephemeral range and apart from the block the deployment tests draw from.
    private static readonly LocalClusterOptions ClusterOptions = new("kistrader-frontkill-", new PortBlock(120, 199, 7));

    [Fact]
    public async Task KillFrontEnd_ClientFailsOverToTheOther_NoEventMissedOrShownTwice()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var cluster = await LocalCluster.StartAsync(ClusterOptions, TimeSpan.FromMinutes(8), cancel);
        using var web2 = cluster.HttpsClient(cluster.FrontEnd(1));
        var halt = await web2.PostAsJsonAsync("api/control/kill-switch/halt-entries", new { reason = EventProducer.Prefix }, cancel);
        Assert.True(halt.IsSuccessStatusCode, await halt.Content.ReadAsStringAsync(cancel));

        await using var client = new FailoverEventClient([cluster.FrontEnd(0), cluster.FrontEnd(1)], cluster.AdminKey, cluster, Followed);
        var producer = new EventProducer(web2);
        var gap = new List<ProducedEvent>();
        client.WhileDisconnected = async () =>
        {
            // Front end 1 is gone and the client has no connection: these events exist only in the journal for it.
            for (var i = 0; i < 3; i++)
            {
                gap.AddRange(await producer.ProduceAsync("gap" + i.ToString(CultureInfo.InvariantCulture), cancel));
            }
        };
        await client.StartAsync();
        Assert.Equal(0, client.FrontEnd);

        using var stopProducing = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var production = ProduceAsync(producer, stopProducing.Token);

        // Live through front end 1 first: three produced events arrive over its hub.
        // (A failed production call ends the wait at once, with its own failure.)
        await Until(() => production.IsFaulted || client.Snapshot().Count(e => e is { Via: "hub", Connection: 1 } && producer.IsProduced(e)) >= 3, "three produced events live through front end 1", cluster);
        await ThrowIfFaulted(production);
        var killed = cluster.Kill("web1");
        await client.FailedOver.Task.WaitAsync(Patience, cancel);
        Assert.Equal(1, client.FrontEnd);
        var second = client.Connections;

        // Production keeps on through the kill; three more arrive live through front end 2, then it stops.
        await Until(() => production.IsFaulted || client.Snapshot().Count(e => e.Via == "hub" && e.Connection == second && producer.IsProduced(e)) >= 3, "three produced events live through front end 2", cluster);
        await ThrowIfFaulted(production);
        await stopProducing.CancelAsync();
        await production;
        var marker = (await producer.ProduceAsync("last", cancel))[^1];
        await Until(() => client.Snapshot().Any(marker.Matches), "the last halt's event", cluster);
        var cutoff = client.Snapshot().Single(marker.Matches).Sequence;

        // The journal's events of the followed categories up to the last halt, read back from the survivor.
        var journal = await JournalAsync(web2, cutoff, cancel);
        await Until(() => journal.All(s => client.Snapshot().Any(e => e.Sequence == s.Sequence)), "every journaled event up to the last halt shown", cluster, () => Missing(journal, client));

        var shown = client.Snapshot().Where(e => e.Sequence <= cutoff).ToList();
        Assert.Equal(journal.Select(e => e.Sequence), [.. shown.Select(e => e.Sequence).Order()]);
        Assert.Equal(shown.Count, shown.Select(e => e.Sequence).Distinct().Count());
        foreach (var connection in client.DeliveredSnapshot().GroupBy(d => d.Connection))
        {
            Assert.Equal(connection.Count(), connection.Select(d => d.Sequence).Distinct().Count());
        }

        // Every event produced is shown exactly once; those produced while the client was cut off came through front
        // end 2's re-read; some were produced around the kill. An order refused (a day without a session) left no event.
        var produced = producer.Journaled();
        Assert.True(produced.Length >= 3 + 3 + gap.Count + 1, string.Join(", ", produced.Select(p => p.Id)));
        foreach (var p in produced)
        {
            Assert.Single(shown, p.Matches);
        }

        Assert.All(gap, p => Assert.Equal(("rest", second), shown.Where(p.Matches).Select(e => (e.Via, e.Connection)).Single()));
        Assert.Contains(shown, e => e is { Via: "hub", Connection: 1 } && producer.IsProduced(e));
        Assert.Contains(shown, e => e.Via == "hub" && e.Connection == second && producer.IsProduced(e));
        Assert.All(producer.Refused(), id => Assert.DoesNotContain(journal, e => e.Subject == id));
        Assert.True(producer.OnTradingDays + producer.OnClosedDays > 0, "no order was placed on a known KST date");
        Assert.Equal(second, client.Connections);

        // The state the client re-reads from the survivor: the kill switch it set, the orders it placed (or none kept).
        using var riskState = JsonDocument.Parse(await web2.GetStringAsync("api/control/kill-switch", cancel));
        Assert.Equal("EntriesHalted", riskState.RootElement.GetProperty("mode").GetString());
        Assert.Equal(EventProducer.ReasonOf("last"), riskState.RootElement.GetProperty("modeReason").GetString());
        var kept = shown.SingleOrDefault(new ProducedEvent("order", "fk-gap0").Matches)?.Subject;
        var refused = producer.Refused().SingleOrDefault(id => id.EndsWith("/fk-gap0", StringComparison.Ordinal));
        Assert.True(kept is null != refused is null, $"fk-gap0: kept {kept}, refused {refused}");
        var order = await web2.GetAsync(new Uri("api/orders/" + (kept ?? refused), UriKind.Relative), cancel);
        Assert.Equal(kept is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, order.StatusCode);
        Assert.True(killed > 0);
    }

    private static async Task ThrowIfFaulted(Task production)
    {
        if (production.IsFaulted)
        {
            await production;
        }
    }

    private static async Task ProduceAsync(EventProducer producer, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                await producer.ProduceAsync("c" + i.ToString(CultureInfo.InvariantCulture), stop);
                await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
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
                    e.GetProperty("payload").TryGetProperty("change", out var c) ? c.ToString() : "",
                    e.GetProperty("payload").TryGetProperty("reason", out var r) ? r.ToString() : "", "journal", 0))
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

    private static async Task Until(Func<bool> condition, string what, LocalCluster cluster, Func<string>? detail = null)
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
