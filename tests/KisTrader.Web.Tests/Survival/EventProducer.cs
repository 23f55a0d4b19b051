using System.Net;
using System.Net.Http.Json;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// Produces the front-end-kill test's events through a front end's API, on the cluster's wall clock, any day: a manual
/// buy order, then a kill-switch halt of entries, each tagged. The halt is journaled any day (<c>RiskChanged</c>
/// KillSwitchSet with the tag in its reason; entries stay halted all along, so no order ever reaches the broker). The
/// order is journaled (<c>OrderChanged</c> Created, then refused by the kill-switch gate) on a KRX trading day; on a day
/// without a session (weekend, holiday, 12-31) the API refuses it with 400 naming the day and nothing is journaled.
/// Records which events must be shown (<see cref="Journaled"/>) and which orders were refused (<see cref="Refused"/>).
/// </summary>
internal sealed class EventProducer(HttpClient web)
{
    public const string Prefix = "survival test: front end killed";

    private readonly Lock _lock = new();
    private readonly List<ProducedEvent> _journaled = [];
    private readonly List<string> _refused = [];

    /// <summary>How many order calls were made on a KST date KRX trades (asserted to be kept, not refused).</summary>
    public int OnTradingDays { get; private set; }

    /// <summary>How many order calls were made on a KST date without a session (asserted to be refused with 400).</summary>
    public int OnClosedDays { get; private set; }

    public static string ReasonOf(string tag) => $"{Prefix} ({tag})";

    public ProducedEvent[] Journaled()
    {
        lock (_lock)
        {
            return [.. _journaled];
        }
    }

    /// <summary>The client order ids (<c>manual/date/request id</c>) of the orders refused with 400.</summary>
    public string[] Refused()
    {
        lock (_lock)
        {
            return [.. _refused];
        }
    }

    /// <summary>True when <paramref name="e"/> is one of the events produced so far.</summary>
    public bool IsProduced(ShownEvent e) => Journaled().Any(p => p.Matches(e));

    /// <summary>An order, then a halt (journaled last, so it can mark a cut-off); returns the events to be shown.</summary>
    public async Task<ProducedEvent[]> ProduceAsync(string tag, CancellationToken cancel)
    {
        var order = await PlaceAsync(tag, cancel);
        var halt = await HaltAsync(tag, cancel);
        return order is null ? [halt] : [order, halt];
    }

    private async Task<ProducedEvent> HaltAsync(string tag, CancellationToken cancel)
    {
        using var response = await web.PostAsJsonAsync("api/control/kill-switch/halt-entries", new { reason = ReasonOf(tag) }, cancel);
        Assert.True(response.IsSuccessStatusCode, $"halt {tag}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
        return Keep(new ProducedEvent("halt", tag));
    }

    /// <summary>
    /// A manual buy. On a trading day (the KST date before and after the call) it must be kept: refused by the kill
    /// switch (409), never 400; on a day without a session it must be refused with 400 naming the day, before anything
    /// is journaled. Across KST midnight either answer is taken. Never a 5xx.
    /// </summary>
    private async Task<ProducedEvent?> PlaceAsync(string tag, CancellationToken cancel)
    {
        var id = "fk-" + tag;
        var before = KrxTime.DateOf(TimeProvider.System.GetUtcNow());
        using var response = await web.PostAsJsonAsync("api/orders",
            new { symbol = "005930", side = "Buy", kind = "Limit", quantity = 1, limitPrice = 50000, reason = Prefix, requestId = id }, cancel);
        var after = KrxTime.DateOf(TimeProvider.System.GetUtcNow());
        var body = await response.Content.ReadAsStringAsync(cancel);
        var answer = $"order {id} on {before:yyyy-MM-dd}: {(int)response.StatusCode} {body}";
        Assert.True((int)response.StatusCode < 500, answer);
        var refused = response.StatusCode == HttpStatusCode.BadRequest;
        if (before == after && KrxCalendar.Default.IsTradingDay(before))
        {
            Assert.False(refused, answer);
            lock (_lock)
            {
                OnTradingDays++;
            }
        }
        else if (before == after)
        {
            Assert.True(refused, answer);
            Assert.Contains($"{before:yyyy-MM-dd} is not a KRX trading day", body, StringComparison.Ordinal);
            lock (_lock)
            {
                OnClosedDays++;
            }
        }

        if (refused)
        {
            Assert.Contains("is not a KRX trading day", body, StringComparison.Ordinal);
            lock (_lock)
            {
                _refused.Add($"manual/{before:yyyy-MM-dd}/{id}");
            }

            return null;
        }

        return Keep(new ProducedEvent("order", id));
    }

    private ProducedEvent Keep(ProducedEvent produced)
    {
        lock (_lock)
        {
            _journaled.Add(produced);
        }

        return produced;
    }
}
