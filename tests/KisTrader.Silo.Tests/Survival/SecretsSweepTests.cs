using KisTrader.Testing.Simulator;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12's survival test 7 over the whole multi-process two-day run with its database restart
/// (<see cref="DatabaseRestartRunFixture"/>): no app key, app secret, access token, approval key or full account number
/// appears in anything the product's processes printed (migrate, the silo and the front end, every entry from Debug up
/// with its exception, one line each) or in any row of any table of its database (journal and Orleans state). The
/// secrets are the run's own: the distinctive key and secret, the account the simulator gave that key, and the tokens
/// and approval keys the simulator process issued (<see cref="IssuedSecrets.FromProcessAsync"/>).
/// </summary>
[Collection(DatabaseRestartRunCollection.Name)]
public sealed class SecretsSweepTests(DatabaseRestartRunFixture run)
{
    [Fact]
    public async Task SecretsSweep_AfterTheRun_NoSecretInAnyProcessOutputOrDatabaseRow()
    {
        var secrets = await SecretsAsync();
        var dump = await DatabaseRestartJournal.DumpAsync(run.ConnectionString);
        var output = run.Cluster.Processes.Where(p => p.Name != "simulator").SelectMany(p => p.Lines().Select(l => (p.Name, l.Line))).ToArray();

        // Every product process printed (the front end and the silo at Debug), and the database holds the run.
        Assert.All(new[] { "migrate", "silo1", "web1" }, name => Assert.Contains(output, l => l.Name == name));
        Assert.Contains(output, l => l.Name == "silo1" && l.Line.StartsWith("dbug: ", StringComparison.Ordinal));
        Assert.Contains(output, l => l.Name == "web1" && l.Line.StartsWith("dbug: ", StringComparison.Ordinal));
        Assert.Contains(dump.Keys, t => t.Contains("orders", StringComparison.Ordinal));
        var leaks = new List<string>();
        foreach (var (name, value) in secrets)
        {
            var forms = IssuedSecrets.Forms(value);
            leaks.AddRange(output.Where(l => forms.Any(f => l.Line.Contains(f, StringComparison.OrdinalIgnoreCase))).Select(l => $"{name} in {l.Name}'s output: {l.Line}"));
            leaks.AddRange(dump.SelectMany(t => t.Value.Where(r => forms.Any(f => r.Contains(f, StringComparison.OrdinalIgnoreCase))).Select(r => $"{name} in {t.Key}: {r}")));
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
    }

    [Fact]
    public async Task SecretsSweep_TheSecretsSearchedFor_AreTheRunsOwn()
    {
        var secrets = await SecretsAsync();

        // The simulator issued at least one token and one approval key (the silo's realtime session) to this run's key
        // (the search is meaningful), and the account is a full CANO.
        Assert.Contains(secrets, s => s.Name == "access token");
        Assert.Contains(secrets, s => s.Name == "approval key");
        Assert.Contains(secrets, s => s.Name == "account number" && s.Value.Length == 8);
    }

    private async Task<List<(string Name, string Value)>> SecretsAsync()
    {
        var (tokens, approvalKeys) = await IssuedSecrets.FromProcessAsync(run.Cluster.Simulator.BaseUrl, TestContext.Current.CancellationToken);
        var secrets = new List<(string, string)>
        {
            ("app key", DatabaseRestartRunFixture.AppKey),
            ("app secret", DatabaseRestartRunFixture.AppSecret),
            ("account number", run.Cluster.Account),
        };
        secrets.AddRange(tokens.Select(t => ("access token", t)));
        secrets.AddRange(approvalKeys.Select(k => ("approval key", k)));
        return secrets;
    }
}
