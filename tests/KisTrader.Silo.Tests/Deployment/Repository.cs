using KisTrader.Testing.Deployment;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>Files of the repository the tests run from (<see cref="RepositoryFiles"/>: the folder holding KisTrader.sln).</summary>
internal static class Repository
{
    public static string Root => RepositoryFiles.Root;

    public static string PathOf(string relative) => RepositoryFiles.PathOf(relative);

    public static string Read(string relative) => RepositoryFiles.Read(relative);
}
