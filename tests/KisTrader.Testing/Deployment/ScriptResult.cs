namespace KisTrader.Testing.Deployment;

/// <summary>What a run of a deploy/ script ended with: its exit code, standard output and standard error.</summary>
public sealed record ScriptResult(int Code, string Output, string Error);
