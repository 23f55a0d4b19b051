using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Benchmarks;

/// <summary>The sim benchmark's print density and realtime figures.</summary>
internal sealed partial class SimBenchmark
{
    /// <summary>Prints of the generated day: continuous-session prints (the counts the day keeps) plus both auctions.</summary>
    private static void PrintDensity(MarketModel model, DayData data)
    {
        long prints = 0, busiest = 0;
        var busiestCode = string.Empty;
        var minutes = data.Session.ContinuousMinutes;
        for (var i = 0; i < model.Listings.Count; i++)
        {
            var ld = data.Listing(i);
            var n = ld.Counts.Sum(c => (long)c) + (ld.OpenAuctionVolume > 0 ? 1 : 0) + (ld.CloseAuctionVolume > 0 ? 1 : 0);
            prints += n;
            (busiest, busiestCode) = n > busiest ? (n, model.Listings[i].Code) : (busiest, busiestCode);
        }

        var seconds = minutes * 60.0;
        Console.WriteLine($"sim/prints: {prints:N0} prints in the day's continuous session and auctions, {prints / seconds:F0} prints per simulated second market-wide ({prints / (double)model.Listings.Count / minutes:F1} per listing-minute on average); busiest {busiestCode}: {busiest / (double)minutes:F0} per minute");
    }

    /// <summary>One WebSocket session at 1× from 10:00 with 41 registrations: frames and records per wall second.</summary>
    private static async Task RealtimeAsync(DateOnly date, int seconds, CancellationToken cancellationToken)
    {
        var options = new SimulatorHostOptions();
        options.Settings["Simulator:Clock:Start"] = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9)).ToString("O", CultureInfo.InvariantCulture);
        options.Settings["Simulator:Clock:Speed"] = "1";
        await using var host = await SimulatorHost.StartAsync(options, cancellationToken: cancellationToken);
        // The 21 ordinary shares that trade the most value that day (the busiest tapes a program would watch).
        var model = host.Services.GetRequiredService<SimMarket>().Model;
        var day = model.Day(model.Calendar.IndexOf(date));
        var codes = Enumerable.Range(0, model.Listings.Count)
            .Where(i => model.Listings[i].Kind == SimListingKind.Stock && !model.Listings[i].Halted)
            .OrderByDescending(i => day.Listing(i).RegularValue)
            .Take(21)
            .Select(i => model.Listings[i].Code)
            .ToArray();
        string approval;
        using (var http = new HttpClient { BaseAddress = host.BaseUrl })
        {
            using var reply = await http.PostAsync(
                "/oauth2/Approval",
                new StringContent("""{"grant_type":"client_credentials","appkey":"BENCH-WS-KEY","secretkey":"BENCH-WS-SECRET"}""", Encoding.UTF8, "application/json"),
                cancellationToken);
            reply.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync(cancellationToken));
            approval = json.RootElement.GetProperty("approval_key").GetString()!;
        }

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(host.WebSocketUrl, "tryitout"), cancellationToken);
        var registrations = codes.Select(c => ("H0STCNT0", c)).Concat(codes.Take(20).Select(c => ("H0STASP0", c))).ToList();
        foreach (var (trId, code) in registrations)
        {
            var text = "{\"header\":{\"approval_key\":\"" + approval + "\",\"custtype\":\"P\",\"tr_type\":\"1\",\"content-type\":\"utf-8\"},\"body\":{\"input\":{\"tr_id\":\"" + trId + "\",\"tr_key\":\"" + code + "\"}}}";
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
        }

        var frames = new Dictionary<string, long>(StringComparer.Ordinal);
        var records = new Dictionary<string, long>(StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        var watch = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), stop.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (length > 15 && buffer[0] is (byte)'0' or (byte)'1' && buffer[1] == (byte)'|')
                {
                    var trId = Encoding.ASCII.GetString(buffer, 2, 8);
                    frames[trId] = frames.GetValueOrDefault(trId) + 1;
                    records[trId] = records.GetValueOrDefault(trId) + int.Parse(Encoding.ASCII.GetString(buffer, 11, 3), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The measuring window ended.
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        var detail = string.Join(", ", frames.Keys.Order(StringComparer.Ordinal).Select(tr => $"{tr} {frames[tr] / elapsed:F1} frames/s, {records[tr] / elapsed:F1} records/s"));
        Console.WriteLine($"sim/ws: one session, 41 registrations ({codes.Length} H0STCNT0 + 20 H0STASP0 of the largest listings), 1× from 10:00, {elapsed:F0} s: {frames.Values.Sum() / elapsed:F1} frames/s, {records.Values.Sum() / elapsed:F1} records/s ({detail})");
    }
}
