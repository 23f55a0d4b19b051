using System.Reflection;
using System.Text;
using System.Text.Json;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// JSON bodies for a request type (read by reflection, so a field added later is fuzzed too), each with exactly one
/// poison that makes it wrong whatever the other fields hold: malformed text, a root that is no object, an unknown
/// field, a value of the wrong JSON type, an out-of-range number, a huge string, an invalid instant, deep nesting, or
/// nothing at all. A body is never one a handler could act on.
/// </summary>
internal static class JsonBodies
{
    private static readonly string[] Malformed = ["{'a':1}", "{\"a\":1,}", "{\"a\":NaN}", "{/*c*/}", "{\"a\":01}", "{\"a\"}", "{{}}", "\u00ff\u00fe{", "{\"a\":\"\\x41\"}", "{\"a\":tru}"];
    private static readonly string[] Roots = ["[]", "\"text\"", "42", "null", "true", "[{}]", "{}x"];

    public static string Poisoned(Type type, Random random)
    {
        var root = Build(type, random, 0);
        var leaves = new List<Node>();
        Collect(root, leaves);
        var poison = random.Next(9);
        switch (poison)
        {
            case 0:
                var text = Render(root);
                return random.Next(2) == 0 && text.Length > 1 ? text[..random.Next(1, text.Length - 1)] : random.Pick(Malformed);
            case 1:
                return random.Pick(Roots);
            case 2:
                root.Fields!.Insert(random.Next(root.Fields.Count + 1), ("zzUnknown", new Node(typeof(int)) { Raw = "1" }));
                return Render(root);
            case 3:
                return "";
            case 4:
                Deepest(root, random).Raw = string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40));
                return Render(root);
        }

        var wanted = leaves.Where(l => poison switch
        {
            5 => IsNumber(l.Type),
            6 => l.Type == typeof(string),
            7 => Unwrap(l.Type) == typeof(DateTimeOffset),
            _ => l.Type != typeof(JsonElement),
        }).ToList();
        if (wanted.Count == 0)
        {
            wanted = [.. leaves.Where(l => l.Type != typeof(JsonElement))];
            poison = 8;
        }

        if (wanted.Count == 0)
        {
            return random.Pick(Roots);
        }

        var leaf = random.Pick(wanted);
        leaf.Raw = poison switch
        {
            5 => random.Pick(FuzzValues.OutOfRange),
            6 => JsonSerializer.Serialize(FuzzValues.Huge(random)),
            7 => random.Pick(FuzzValues.BadInstants),
            _ => WrongType(leaf.Type, random),
        };
        leaf.Fields = null;
        leaf.Items = null;
        return Render(root);
    }

    private static string WrongType(Type type, Random random)
    {
        var t = Unwrap(type);
        string[] choices = t == typeof(string) ? ["42", "{}", "[]", "true"]
            : IsNumber(t) ? ["\"42\"", "true", "{}", "[1]"]
            : t == typeof(bool) ? ["\"true\"", "1", "{}"]
            : t == typeof(DateTimeOffset) ? ["42", "{}", "true"]
            : IsList(t) ? ["{}", "\"x\"", "1"]
            : ["[]", "\"x\"", "1"];
        return random.Pick(choices);
    }

    private static Node Build(Type type, Random random, int depth)
    {
        var t = Unwrap(type);
        var node = new Node(type);
        if (t == typeof(string))
        {
            node.Raw = JsonSerializer.Serialize(random.Pick(FuzzValues.Texts));
        }
        else if (t == typeof(bool))
        {
            node.Raw = random.Next(2) == 0 ? "true" : "false";
        }
        else if (IsNumber(t))
        {
            node.Raw = FuzzValues.Number(random);
        }
        else if (t == typeof(DateTimeOffset))
        {
            node.Raw = random.Pick(FuzzValues.BadInstants);
        }
        else if (t == typeof(JsonElement) || t.IsEnum || depth > 4)
        {
            node.Raw = t.IsEnum ? JsonSerializer.Serialize(random.Pick(Enum.GetNames(t))) : random.Next(2) == 0 ? "{}" : "{\"zz\":{\"yy\":1}}";
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            node.Fields = [.. new[] { "KOSPI", "KOSDAQ", "zz" }.Take(random.Next(4)).Select(k => (k, Build(t.GetGenericArguments()[1], random, depth + 1)))];
        }
        else if (IsList(t))
        {
            var item = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[0];
            node.Items = [.. Enumerable.Range(0, random.Next(4)).Select(_ => Build(item, random, depth + 1))];
        }
        else
        {
            node.Fields = [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .Where(_ => random.Next(5) > 0).Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), Build(p.PropertyType, random, depth + 1)))];
        }

        return node;
    }

    private static Node Deepest(Node root, Random random)
    {
        var node = root;
        while (node.Fields is { Count: > 0 } fields && random.Next(3) > 0)
        {
            node = random.Pick(fields).Value;
        }

        if (node == root)
        {
            var added = new Node(typeof(JsonElement));
            root.Fields!.Add(("zzDeep", added));
            return added;
        }

        node.Fields = null;
        node.Items = null;
        return node;
    }

    private static void Collect(Node node, List<Node> leaves)
    {
        if (node.Raw is not null)
        {
            leaves.Add(node);
        }

        foreach (var child in node.Fields?.Select(f => f.Value) ?? node.Items ?? [])
        {
            Collect(child, leaves);
        }
    }

    private static string Render(Node node)
    {
        if (node.Raw is not null)
        {
            return node.Raw;
        }

        var text = new StringBuilder();
        if (node.Items is not null)
        {
            return text.Append('[').AppendJoin(',', node.Items.Select(Render)).Append(']').ToString();
        }

        return text.Append('{').AppendJoin(',', (node.Fields ?? []).Select(f => JsonSerializer.Serialize(f.Key) + ":" + Render(f.Value))).Append('}').ToString();
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsNumber(Type type) => Unwrap(type) is var t && (t == typeof(decimal) || t == typeof(long) || t == typeof(int) || t == typeof(double));

    private static bool IsList(Type type) => type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>));

    private sealed class Node(Type type)
    {
        public Type Type { get; } = type;

        public string? Raw { get; set; }

        public List<(string Key, Node Value)>? Fields { get; set; }

        public List<Node>? Items { get; set; }
    }
}
