namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>A scenario file that cannot be used; the message names the JSON path of the problem.</summary>
internal sealed class ScenarioException : Exception
{
    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
