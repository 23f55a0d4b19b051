namespace KisTrader.Testing.LocalClusters;

/// <summary>What a run of deploy/cluster-local.sh ended with: its exit code, standard output and standard error.</summary>
public sealed record ScriptResult(int Code, string Output, string Error);
