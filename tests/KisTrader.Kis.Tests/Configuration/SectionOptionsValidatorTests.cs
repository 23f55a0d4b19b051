using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.Configuration;

/// <summary>The adapter around a source-generated validator names each failing setting by its configuration key.</summary>
public sealed class SectionOptionsValidatorTests
{
    private sealed class Settings;

    /// <summary>Answers what a generated validator would, and records the name it was asked with.</summary>
    private sealed class Generated(params string[] failures) : IValidateOptions<Settings>
    {
        public string? AskedWith { get; private set; }

        public ValidateOptionsResult Validate(string? name, Settings options)
        {
            AskedWith = name;
            return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }

    [Fact]
    public void Validate_GeneratedMessages_AreRenamedToTheConfigurationKey()
    {
        var generated = new Generated(
            "BudgetSyncInterval: The field Kis:Cluster.BudgetSyncInterval must be between 00:00:00.0200000 and 00:00:10.",
            "RequestsPerSecond: The field Kis:Cluster.RateLimit.RequestsPerSecond must be between 1 and 100.",
            "AccountNumber: Kis:Cluster.AccountNumber must be 8 digits",
            "Kis:Cluster:BudgetLeaseDuration must be at least 4 x Kis:Cluster:BudgetSyncInterval");
        var validator = new SectionOptionsValidator<Settings>("Kis:Cluster", generated);

        var result = validator.Validate(Options.DefaultName, new Settings());

        Assert.Equal("Kis:Cluster", generated.AskedWith);
        Assert.Equal(
            [
                "Kis:Cluster:BudgetSyncInterval must be between 00:00:00.020 and 00:00:10.",
                "Kis:Cluster:RateLimit:RequestsPerSecond must be between 1 and 100.",
                "Kis:Cluster:AccountNumber must be 8 digits",
                "Kis:Cluster:BudgetLeaseDuration must be at least 4 x Kis:Cluster:BudgetSyncInterval",
            ],
            result.Failures!);
    }

    [Fact]
    public void Validate_NoFailure_Succeeds() =>
        Assert.True(new SectionOptionsValidator<Settings>("Kis", new Generated()).Validate(null, new Settings()).Succeeded);

    [Fact]
    public void ThrowIfInvalid_Failure_ThrowsWithTheSectionAndTheRenamedMessage()
    {
        var validator = new SectionOptionsValidator<Settings>("Screening:Funnel", new Generated("MaxConcurrency: The field Screening:Funnel.MaxConcurrency must be between 1 and 64."));

        var error = Assert.Throws<OptionsValidationException>(() => validator.ThrowIfInvalid(new Settings()));

        Assert.Equal("Screening:Funnel", error.OptionsName);
        Assert.Equal(["Screening:Funnel:MaxConcurrency must be between 1 and 64."], error.Failures);
    }
}
