using System.Collections.Immutable;

namespace KisTrader.Grains.Storage;

/// <summary>What one <see cref="DatabaseMigrator.MigrateAsync"/> call applied (empty lists: already up to date).</summary>
/// <param name="OrleansScripts">Orleans-schema scripts applied by this call, in order.</param>
/// <param name="JournalScripts">Journal-schema scripts applied by this call, in order.</param>
public sealed record MigrationResult(ImmutableArray<string> OrleansScripts, ImmutableArray<string> JournalScripts)
{
    /// <summary>True when the call changed nothing.</summary>
    public bool WasUpToDate => OrleansScripts.IsEmpty && JournalScripts.IsEmpty;
}
