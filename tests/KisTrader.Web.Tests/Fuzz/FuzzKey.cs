namespace KisTrader.Web.Tests.Fuzz;

/// <summary>Which key a fuzz request sends.</summary>
internal enum FuzzKey
{
    Trader,
    Viewer,
    None,
    Unknown,
}
