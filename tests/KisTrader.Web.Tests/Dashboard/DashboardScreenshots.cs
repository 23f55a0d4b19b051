namespace KisTrader.Web.Tests.Dashboard;

/// <summary>Where the browser tests save their screenshots: docs/screenshots/ of the repository (the README shows them).</summary>
internal static class DashboardScreenshots
{
    public static string Path(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "KisTrader.sln")))
        {
            directory = directory.Parent;
        }

        var folder = System.IO.Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }
}
