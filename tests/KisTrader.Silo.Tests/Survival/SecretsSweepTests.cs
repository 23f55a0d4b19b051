using System.Text;
using KisTrader.Kis.Client;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12's survival test 7 over the whole two-day run with its database restart (<see cref="DatabaseRestartRunFixture"/>):
/// no app key, app secret, access token, approval key or full account number appears in any log line (every logger,
/// every level from Debug, with the structured values and exception texts), in what the run printed, or in any row of
/// any table of its database (journal and Orleans state). The secrets are the run's own: distinctive key and secret,
/// and the tokens, approval keys and account the simulator issued (read from the simulator's stores).
/// </summary>
[Collection(DatabaseRestartRunCollection.Name)]
public sealed class SecretsSweepTests(DatabaseRestartRunFixture run)
{
    [Fact]
    public async Task SecretsSweep_AfterTheRun_NoSecretInAnyLogLinePrintedLineOrDatabaseRow()
    {
        var secrets = Secrets();
        var dump = await DatabaseRestartJournal.DumpAsync(run.ConnectionString);
        var logs = run.Logs.All();

        Assert.NotEmpty(logs);
        Assert.Contains(dump.Keys, t => t.Contains("orders", StringComparison.Ordinal));
        var leaks = new List<string>();
        foreach (var (name, value) in secrets)
        {
            var forms = Forms(value);
            leaks.AddRange(logs.Where(e => forms.Any(f => e.Message.Contains(f, StringComparison.OrdinalIgnoreCase) || (e.Exception?.Contains(f, StringComparison.OrdinalIgnoreCase) ?? false)))
                .Select(e => $"{name} in a log line of {e.Category}: {e.Message}"));
            if (forms.Any(f => run.Output.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                leaks.Add($"{name} in the printed output");
            }

            leaks.AddRange(dump.SelectMany(t => t.Value.Where(r => forms.Any(f => r.Contains(f, StringComparison.OrdinalIgnoreCase))).Select(r => $"{name} in {t.Key}: {r}")));
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
    }

    [Fact]
    public void SecretsSweep_TheSecretsSearchedFor_AreTheRunsOwn()
    {
        var secrets = Secrets();

        // The simulator issued at least one token and one approval key to this run's key (the search is meaningful).
        Assert.Contains(secrets, s => s.Name == "access token");
        Assert.Contains(secrets, s => s.Name == "approval key");
        Assert.Contains(secrets, s => s.Name == "account number" && s.Value.Length == 8);
    }

    private List<(string Name, string Value)> Secrets()
    {
        var simulator = run.Run.Simulator.Services;
        var secrets = new List<(string, string)>
        {
            ("app key", DatabaseRestartRunFixture.AppKey),
            ("app secret", DatabaseRestartRunFixture.AppSecret),
            ("account number", run.Run.Host.Services.GetRequiredService<IKisTrading>().Account.Cano),
        };
        secrets.AddRange(IssuedSecrets.AccessTokens(simulator).Select(t => ("access token", t)));
        secrets.AddRange(IssuedSecrets.ApprovalKeys(simulator).Select(k => ("approval key", k)));
        return secrets;
    }

    /// <summary>The value as text and as the hex of its UTF-8 bytes (a bytea or binary payload dumped as text).</summary>
    private static string[] Forms(string value) => [value, Convert.ToHexString(Encoding.UTF8.GetBytes(value))];
}
