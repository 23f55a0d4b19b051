using KisTrader.Testing.Deployment;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// docker-compose.yml as data (YamlDotNet, with YAML anchors and merge keys resolved as compose resolves them).
/// Values are interpolated with no variable set (<see cref="ComposeInterpolation"/>), except where the raw text is asked for.
/// </summary>
internal sealed class ComposeFile
{
    private readonly Dictionary<object, object> _root;

    private ComposeFile(Dictionary<object, object> root) => _root = root;

    public static ComposeFile Load(string relativePath = "docker-compose.yml") => Parse(Repository.Read(relativePath));

    public static ComposeFile Parse(string yaml)
    {
        using var reader = new StringReader(yaml);
        var parser = new MergingParser(new Parser(reader));
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(parser)
            ?? throw new FormatException("empty compose file");
        return new ComposeFile(root);
    }

    public IReadOnlyCollection<string> TopLevelKeys => [.. _root.Keys.Select(k => (string)k)];

    public IReadOnlyCollection<string> ServiceNames => [.. Map(_root, "services").Keys.Select(k => (string)k)];

    public IReadOnlyCollection<string> VolumeNames => [.. Map(_root, "volumes").Keys.Select(k => (string)k)];

    public Dictionary<object, object> Service(string name) => Map(Map(_root, "services"), name);

    /// <summary>A service's value at a key, or null.</summary>
    public object? Get(string service, string key) => Service(service).TryGetValue(key, out var v) ? v : null;

    /// <summary>A list (or a single scalar) under a service's key, raw (not interpolated).</summary>
    public IReadOnlyList<string> RawList(string service, string key) => Get(service, key) switch
    {
        null => [],
        string s => [s],
        List<object> list => [.. list.Select(o => Scalar(o))],
        var other => throw new FormatException($"{service}.{key} is a {other.GetType().Name}, not a list"),
    };

    public IReadOnlyList<string> List(string service, string key) => [.. RawList(service, key).Select(v => ComposeInterpolation.Apply(v))];

    /// <summary><c>environment</c> as written (a map or a KEY=value list), raw.</summary>
    public Dictionary<string, string> RawEnvironment(string service) => Get(service, "environment") switch
    {
        null => new(StringComparer.Ordinal),
        Dictionary<object, object> map => map.ToDictionary(p => (string)p.Key, p => Scalar(p.Value), StringComparer.Ordinal),
        List<object> list => EnvFile.ToDictionary(list.Select(o => Scalar(o)).Select(l => new KeyValuePair<string, string>(l.Split('=', 2)[0], l.Split('=', 2).ElementAtOrDefault(1) ?? ""))),
        var other => throw new FormatException($"{service}.environment is a {other.GetType().Name}"),
    };

    /// <summary>
    /// What the service's process gets: its env files (paths interpolated with their defaults) in order, then its
    /// <c>environment</c>, later winning; values interpolated (with <paramref name="variables"/> as set in .env, else unset).
    /// </summary>
    public Dictionary<string, string> Environment(string service, IReadOnlyDictionary<string, string>? variables = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var file in RawList(service, "env_file").Select(f => ComposeInterpolation.Apply(f, variables)))
        {
            pairs.AddRange(EnvFile.Parse(Repository.Read(file)));
        }

        pairs.AddRange(RawEnvironment(service).Select(p => new KeyValuePair<string, string>(p.Key, ComposeInterpolation.Apply(p.Value, variables))));
        return EnvFile.ToDictionary(pairs);
    }

    /// <summary><c>depends_on</c> as service → condition.</summary>
    public Dictionary<string, string> DependsOn(string service) => Get(service, "depends_on") switch
    {
        null => new(StringComparer.Ordinal),
        List<object> list => list.Select(o => Scalar(o)).ToDictionary(s => s, _ => "service_started", StringComparer.Ordinal),
        Dictionary<object, object> map => map.ToDictionary(p => (string)p.Key, p => Condition(p.Value, service), StringComparer.Ordinal),
        var other => throw new FormatException($"{service}.depends_on is a {other.GetType().Name}"),
    };

    /// <summary>The health check's <c>test</c> as a list (CMD-SHELL kept as its two items), or empty.</summary>
    public IReadOnlyList<string> HealthCheck(string service) => Get(service, "healthcheck") switch
    {
        null => [],
        Dictionary<object, object> map when map.TryGetValue("test", out var test) => test switch
        {
            string s => ["CMD-SHELL", s],
            List<object> list => [.. list.Select(o => Scalar(o))],
            _ => [],
        },
        _ => [],
    };

    private static string Scalar(object? value) => value switch
    {
        string s => s,
        null => "",
        _ => throw new FormatException($"expected a scalar, found a {value.GetType().Name}"),
    };

    private static Dictionary<object, object> Map(object? parent, string key, string? context = null) =>
        parent is Dictionary<object, object> map && map.TryGetValue(key, out var value) && value is Dictionary<object, object> child
            ? child
            : throw new KeyNotFoundException($"no map '{key}'{(context is null ? "" : $" in {context}")}");

    private static string Condition(object? entry, string service) =>
        entry is Dictionary<object, object> map && map.TryGetValue("condition", out var value) && value is string s
            ? s
            : throw new KeyNotFoundException($"{service}.depends_on entry has no condition");
}
