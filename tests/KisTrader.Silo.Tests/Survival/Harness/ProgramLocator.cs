namespace KisTrader.Survival;

/// <summary>
/// The built programs a multi-process test starts with <c>dotnet &lt;dll&gt;</c>: the copy beside the caller's own output
/// when it can run there (its runtimeconfig.json was copied too), else the program's own output folder
/// (<c>artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/</c>, the repository's artifacts layout).
/// </summary>
internal static class ProgramLocator
{
    public static string Find(Type typeInProgram)
    {
        ArgumentNullException.ThrowIfNull(typeInProgram);
        return AtOrBeside(typeInProgram.Assembly.Location);
    }

    /// <summary>A program the caller does not reference (only builds first): by its assembly name, e.g. <c>KisTrader.Web</c>.</summary>
    public static string Find(string assemblyName) =>
        AtOrBeside(Path.Combine(Path.GetDirectoryName(typeof(ProgramLocator).Assembly.Location)!, assemblyName + ".dll"));

    private static string AtOrBeside(string dll)
    {
        var name = Path.GetFileNameWithoutExtension(dll);
        if (File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
        {
            return dll;
        }

        // artifacts/bin/<caller>/<configuration>/ → artifacts/bin/<program>/<configuration>/
        var here = new DirectoryInfo(Path.GetDirectoryName(dll)!);
        var own = Path.Combine(here.Parent!.Parent!.FullName, name, here.Name, name + ".dll");
        return File.Exists(own) && File.Exists(Path.ChangeExtension(own, ".runtimeconfig.json"))
            ? own
            : throw new FileNotFoundException($"{name} is not built where it can run ({dll} has no runtimeconfig.json; {own} is missing): build it first");
    }
}
