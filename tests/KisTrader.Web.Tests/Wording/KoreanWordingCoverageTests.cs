using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Web.Wording;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>
/// Every payload type known to this build (the payload union's derived types and every [GenerateSerializer] record that
/// derives from <see cref="TradingEventPayload"/>) has its own Korean line: never the generic "subject: type", never an
/// English type or enum name, whatever each of its enums (nested ones too) holds.
/// </summary>
public sealed partial class KoreanWordingCoverageTests
{
    private static readonly Type[] PayloadTypes = [.. typeof(TradingEventPayload).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(TradingEventPayload)) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void PayloadUnion_EveryDerivedRecord_IsAJsonDerivedTypeAndSerializable()
    {
        var union = typeof(TradingEventPayload).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();

        Assert.Equal(16, PayloadTypes.Length);
        Assert.All(PayloadTypes, t => Assert.Contains(t, union));
        Assert.All(PayloadTypes, t => Assert.NotNull(t.GetCustomAttribute<GenerateSerializerAttribute>()));
        Assert.All(union, t => Assert.Contains(t, PayloadTypes));
    }

    [Fact]
    public void OnePerType_EveryPayloadTypeOfTheBuild_HasASample()
    {
        var sampled = OnePerType().Select(p => p.GetType()).ToHashSet();

        Assert.Empty(PayloadTypes.Except(sampled));
    }

    [Fact]
    public void Word_EveryPayloadTypeOfTheBuild_IsKoreanNeverGenericNorATypeName()
    {
        foreach (var payload in OnePerType())
        {
            AssertKorean(payload, payload.GetType().Name);
        }
    }

    [Fact]
    public void Word_EveryEnumValueOfEveryPayload_IsKoreanNeverTheEnumsName()
    {
        var checkedLines = 0;
        foreach (var payload in OnePerType())
        {
            foreach (var (path, enumType, value, variant) in Variants(payload))
            {
                var line = AssertKorean((TradingEventPayload)variant, $"{payload.GetType().Name}.{path}");
                var name = Enum.GetName(enumType, value)!;
                Assert.False(Word(name).IsMatch(line), $"{payload.GetType().Name}.{path}: \"{line}\" names the enum value {name}");
                checkedLines++;
            }
        }

        Assert.True(checkedLines > 150, $"only {checkedLines} enum variants were worded");
    }

    private static string AssertKorean(TradingEventPayload payload, string what)
    {
        var e = Event(payload);
        var line = KoreanWording.Word(e);

        Assert.False(line == KoreanWording.Generic(e.Subject, e.Type), $"{what}: worded generically as \"{line}\"");
        Assert.True(Hangul().IsMatch(line), $"{what}: \"{line}\" has no Korean");
        Assert.False(line.Contains('\n', StringComparison.Ordinal), $"{what}: \"{line}\" is more than one line");
        Assert.All(PayloadTypes.Select(t => t.Name).Append(nameof(TradingEvent)), name =>
            Assert.False(line.Contains(name, StringComparison.Ordinal), $"{what}: \"{line}\" contains the type name {name}"));
        return line;
    }

    /// <summary>Every copy of <paramref name="record"/> with one (possibly nested) non-flags enum property set to each of its values.</summary>
    private static IEnumerable<(string Path, Type EnumType, object Value, object Variant)> Variants(object record)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsEnum && !type.IsDefined(typeof(FlagsAttribute)))
            {
                foreach (var value in Enum.GetValues(type))
                {
                    yield return ($"{property.Name}={value}", type, value, With(record, property, value));
                }
            }
            else if (Clone(type) is not null && property.GetValue(record) is { } child)
            {
                foreach (var (path, enumType, value, variant) in Variants(child))
                {
                    yield return ($"{property.Name}.{path}", enumType, value, With(record, property, variant));
                }
            }
        }
    }

    private static MethodInfo? Clone(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance);

    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = Clone(record.GetType())!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    private static Regex Word(string name) => new($"(?<![A-Za-z]){Regex.Escape(name)}(?![A-Za-z])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\p{IsHangulSyllables}")]
    private static partial Regex Hangul();
}
