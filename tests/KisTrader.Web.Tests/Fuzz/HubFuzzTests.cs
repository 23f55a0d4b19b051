using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// Survival test 6 of issue 12, "bad input at scale" (SignalR), against front end process 1 of <see cref="FuzzCluster"/>
/// (WebSockets over HTTPS on loopback): every method of <c>/hubs/trading</c> is invoked with seeded wrong
/// arguments (<see cref="HubArguments"/>), and with names it does not have. Each answers a <see cref="HubException"/> —
/// the hub's own reason or SignalR's argument-binding refusal, never an exception the hub did not mean — and the connection stays usable; the key's saved preferences do not change.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class HubFuzzTests(FuzzCluster cluster)
{
    private const int InvocationsPerMethod = 60;

    [Fact]
    public async Task EveryHubMethod_SeededBadArguments_HubExceptionAndConnectionUsable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = await cluster.HubAsync(cluster.AdminKey);
        var before = (await connection.InvokeAsync<JsonElement>("GetAlertPreferences", ct)).GetRawText();
        var methods = HubArguments.Methods();
        Assert.Contains(methods, m => m.Name == "SetAlertPreferences");
        var random = new Random(FuzzCases.Seed);
        var calls = methods.SelectMany(m => HubArguments.For(m, random, InvocationsPerMethod).Select(a => (m.Name, Args: a)))
            .Concat([("NoSuchMethod", ["005930"]), ("OnConnectedAsync", []), ("onconnectedasync", []), ("JoinSymbol\u0000", ["005930"])])
            .ToList();
        var failures = new List<string>();
        foreach (var (name, args) in calls)
        {
            var shown = $"{name}({string.Join(", ", args.Select(Shown))})";
            try
            {
                await connection.InvokeCoreAsync<JsonElement>(name, args, ct);
                failures.Add($"accepted: {shown}");
            }
            catch (HubException e) when (Refusal(e.Message))
            {
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failures.Add($"{e.GetType().Name} {e.Message}: {shown}");
            }

            if (connection.State != HubConnectionState.Connected)
            {
                failures.Add($"connection {connection.State} after {shown}");
                break;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{calls.Count} invocations of {methods.Count} hub methods");
        Console.WriteLine($"FUZZ {calls.Count} invocations of {methods.Count} hub methods ({string.Join(", ", methods.Select(m => m.Name))})");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n{string.Join("\n", failures.Take(40))}");
        Assert.Equal(before, (await connection.InvokeAsync<JsonElement>("GetAlertPreferences", ct)).GetRawText());
        await connection.InvokeAsync("JoinAlerts", "signals", ct);
        await cluster.AssertHealthyAsync();
    }

    /// <summary>
    /// The hub's own refusal ("… HubException: &lt;reason&gt;") or SignalR's (binding, unknown method); an exception the
    /// hub did not mean reads "An unexpected error occurred invoking 'X' on the server." with no HubException reason.
    /// </summary>
    private static bool Refusal(string message) =>
        !message.Contains("unexpected error", StringComparison.OrdinalIgnoreCase) || message.Contains(" HubException: ", StringComparison.Ordinal);

    private static string Shown(object? argument)
    {
        var text = argument switch
        {
            null => "null",
            JsonElement json => json.GetRawText(),
            _ => argument.ToString() ?? "",
        };
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    [Fact]
    public async Task HubMessage_OverTheSizeLimit_ClosesOnlyThatConnection_ServerStaysHealthy()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var connection = await cluster.HubAsync(cluster.AdminKey))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            var huge = new string('A', 40 * 1024);
            await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync("JoinSymbol", huge, timeout.Token));
        }

        await using var next = await cluster.HubAsync(cluster.AdminKey);
        var preferences = await next.InvokeAsync<JsonElement>("GetAlertPreferences", ct);
        Assert.True(preferences.TryGetProperty("categories", out _));
        using var http = cluster.Client(null);
        using var live = await http.GetAsync(new Uri("health/live", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await cluster.AssertHealthyAsync();
    }
}
