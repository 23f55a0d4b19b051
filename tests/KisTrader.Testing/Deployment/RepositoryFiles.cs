namespace KisTrader.Testing.Deployment;

/// <summary>Files of the repository the tests run from (the folder holding KisTrader.sln above the caller's output).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KisTrader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no KisTrader.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));
}
