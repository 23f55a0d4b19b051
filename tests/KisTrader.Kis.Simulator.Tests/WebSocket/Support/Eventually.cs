namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>
/// Waits for a condition that another thread makes true (the server reading a frame the test just sent). Returns as soon
/// as it holds; fails after 10 s. Not a timing assumption: the assertion after it is what the test checks.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }
    }
}
