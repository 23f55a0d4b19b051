using System.Reflection;

namespace KisTrader.Kis.Tests.Models.Infrastructure;

/// <summary>
/// Asserts that a parsed record has every optional (nullable) property set. The simulator sends every documented field,
/// so a null here means the parser reads a field name that the wire does not carry (a typo would otherwise go unnoticed,
/// because optional fields quietly become null).
/// </summary>
public static class AllOptionalFields
{
    public static void AreSet(object record, params string[] except)
    {
        var nullability = new NullabilityInfoContext();
        var missing = record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !except.Contains(p.Name))
            .Where(p => Nullable.GetUnderlyingType(p.PropertyType) is not null || nullability.Create(p).ReadState == NullabilityState.Nullable)
            .Where(p => p.GetValue(record) is null)
            .Select(p => p.Name)
            .ToList();
        Assert.True(missing.Count == 0, $"{record.GetType().Name}: optional properties left null: {string.Join(", ", missing)}");
    }
}
