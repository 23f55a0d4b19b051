namespace KisTrader.Testing.Deployment;

/// <summary>
/// An env file read the way docker-compose reads <c>env_file</c> (and deploy/cluster-local.sh its copies): one
/// <c>KEY=value</c> per line, comments and blank lines skipped, the value taken literally.
/// </summary>
public static class EnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"not a KEY=value line: '{line}'");
            }

            pairs.Add(new(line[..equals], line[(equals + 1)..]));
        }

        return pairs;
    }

    /// <summary>The pairs as a dictionary, a later line winning (as in both readers).</summary>
    public static Dictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            result[key] = value;
        }

        return result;
    }

    public static Dictionary<string, string> Load(string relativePath) => ToDictionary(Parse(RepositoryFiles.Read(relativePath)));
}
