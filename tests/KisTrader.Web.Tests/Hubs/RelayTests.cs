using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Testing;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Hubs;

/// <summary>
/// The relays end to end: the silo's publisher (journal, then events/all), ticks/… and fills/… streams reach a real
/// SignalR client in the right groups only; a reconnecting client re-reads /api/events and loses nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RelayTests(WebClusterFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_ReachOnlyTheirCategoryGroups()
    {
        await using var system = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "system");
        await using var signals = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "signals");
        var first = await Publishing.SignalAsync(fixture, 1);
        var systemSeq = await Publishing.SystemAsync(fixture);
        var last = await Publishing.SignalAsync(fixture, 2);
        await Eventually.TrueAsync(() => system.Sequences.Contains(systemSeq), "the system client receives the system event", Limit);
        await Eventually.TrueAsync(() => signals.Sequences.Contains(last), "the signals client receives both signals", Limit);

        // The relay sends in stream order: once the later event arrived, an earlier one sent to the group had arrived too.
        Assert.Contains(first, signals.Sequences);
        Assert.DoesNotContain(systemSeq, signals.Sequences);
        Assert.DoesNotContain(first, system.Sequences);
        Assert.DoesNotContain(last, system.Sequences);
        Assert.All(system.Events, e => Assert.Equal("system", e.GetProperty("alert").GetString()));
        Assert.All(signals.Events, e => Assert.Equal("signals", e.GetProperty("alert").GetString()));
        var received = signals.Events.First(e => e.GetProperty("sequence").GetInt64() == first);
        Assert.Equal("SessionPhaseChanged", received.GetProperty("type").GetString());
        Assert.Equal("SessionPhaseChanged", received.GetProperty("payload").GetProperty("type").GetString());
        Assert.Equal("2026-11-23 세션: 예정", received.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Quotes_ReachOnlyTheSymbolGroup_Batched()
    {
        await using var follower = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "system");
        await using var other = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "system");
        await follower.Connection.InvokeAsync("JoinSymbol", "000660", Ct);
        await other.Connection.InvokeAsync("JoinSymbol", "035720", Ct);

        // The relay subscribes when the first connection joins: probe until the first quote arrives.
        var probe = 0L;
        await Eventually.TrueAsync(async () =>
        {
            await Publishing.TickAsync(fixture, "000660", 1000m, ++probe);
            await Task.Delay(200, Ct);
            return !follower.Quotes.IsEmpty;
        }, "the first quote of 000660", Limit);

        const int Ticks = 40;
        var before = follower.Quotes.Count;
        for (var i = 1; i <= Ticks; i++)
        {
            await Publishing.TickAsync(fixture, "000660", 2000m + i, probe + i);
        }

        await Eventually.TrueAsync(() => follower.Quotes.Any(q => q.GetProperty("price").GetDecimal() == 2000m + Ticks), "the last print's quote", Limit);
        var batch = follower.Quotes.Skip(before).ToList();
        Assert.True(batch.Count < Ticks, $"{Ticks} prints became {batch.Count} quotes: they are batched");
        Assert.All(follower.Quotes, q => Assert.Equal("000660", q.GetProperty("symbol").GetString()));
        Assert.Empty(other.Quotes);
    }

    [Fact]
    public async Task Fills_ReachOnlyTheFillsGroup()
    {
        await using var fills = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "fills");
        await using var system = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "system");
        var n = 0;
        await Eventually.TrueAsync(async () =>
        {
            await Publishing.FillAsync(fixture, WebClusterFixture.FillAccount, $"probe-{++n}");
            await Task.Delay(200, Ct);
            return !fills.Fills.IsEmpty;
        }, "a fill notice", Limit);

        var fill = fills.Fills.First();
        Assert.Equal("체결: 005930 삼성전자 매수 10주 @ 70,000원 (주문 0000012345)", fill.GetProperty("text").GetString());
        Assert.Equal("1234****-01", fill.GetProperty("notice").GetProperty("account").GetString());
        var lastProbe = $"probe-{n}";
        await Eventually.TrueAsync(() => fills.Fills.Any(f => f.GetProperty("notice").GetProperty("identity").GetString() == lastProbe), "the last probe", Limit);
        Assert.Empty(system.Fills);
    }

    [Fact]
    public async Task Reconnect_ReReadThenFollow_NoGapNoDuplicate()
    {
        var key = await fixture.NewKeyAsync("Viewer");
        await using var witness = await ConnectAsync(await fixture.NewKeyAsync("Viewer"), "signals");
        var published = new List<long>();
        var shown = new SortedSet<long>();
        long last;
        await using (var before = await ConnectAsync(key, "signals"))
        {
            for (var i = 0; i < 5; i++)
            {
                published.Add(await Publishing.SignalAsync(fixture, 100 + i));
            }

            await Eventually.TrueAsync(() => before.Sequences.Contains(published[^1]), "the first five", Limit);
            before.Sequences.ToList().ForEach(s => shown.Add(s));
            last = shown.Max;
            await before.Connection.StopAsync(Ct);
        }

        for (var i = 0; i < 5; i++)
        {
            published.Add(await Publishing.SignalAsync(fixture, 200 + i));
        }

        // Streams deliver asynchronously: once a connected witness has the fifth, the relay has relayed all five while
        // the client was away, so only the re-read can show them.
        await Eventually.TrueAsync(() => witness.Sequences.Contains(published[^1]), "the witness has the five sent while away", Limit);

        // The protocol: connect (buffering), re-read after the last shown sequence until no more, then apply the buffer.
        await using var after = await ConnectAsync(key, "signals");
        for (var i = 0; i < 5; i++)
        {
            published.Add(await Publishing.SignalAsync(fixture, 300 + i));
        }

        using var http = fixture.Client(key);
        var reread = new List<long>();
        var cursor = last;
        for (var more = true; more;)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/events?after={cursor}&limit=2", Ct);
            var sequences = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
            Assert.All(sequences, s => Assert.True(s > cursor, $"{s} is after {cursor}"));
            Assert.Equal(sequences.Order(), sequences);
            reread.AddRange(sequences);
            cursor = page.GetProperty("last").GetInt64();
            more = page.GetProperty("more").GetBoolean();
        }

        Assert.Equal(reread.Distinct().Count(), reread.Count);
        await Eventually.TrueAsync(() => after.Sequences.Contains(published[^1]) || reread.Contains(published[^1]), "the last five", Limit);
        foreach (var s in reread.Concat(after.Sequences).Where(s => s > last))
        {
            shown.Add(s);
        }

        Assert.All(published, s => Assert.Contains(s, shown));
        Assert.All(published.Skip(5).Take(5), s => Assert.Contains(s, reread));
    }

    [Theory]
    [InlineData("after=-1", "after")]
    [InlineData("after=x", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("after=1&after=2", "after")]
    [InlineData("since=1", "since")]
    public async Task Events_BadQuery_400(string query, string field)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync($"/api/events?{query}", Ct);
        Assert.False(string.IsNullOrEmpty(Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field)));
    }

    [Fact]
    public async Task Events_NoKey_401()
    {
        using var client = fixture.Client(key: null);
        using var response = await client.GetAsync("/api/events", Ct);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private async Task<HubClient> ConnectAsync(string key, string category)
    {
        await fixture.RelayReadyAsync();
        var client = await HubClient.StartAsync(fixture.Factory, key);
        await client.Connection.InvokeAsync<JsonElement>("SetAlertPreferences", new { minimumMove = 0m, categories = new[] { category } }, Ct);
        return client;
    }
}
