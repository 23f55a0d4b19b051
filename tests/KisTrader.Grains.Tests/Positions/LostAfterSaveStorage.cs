using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using Orleans.Storage;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The silo's grain storage (in memory) with one fault a test arms: the first write of the position state whose fills sold
/// everything they bought while its status is still Open — the save <c>ApplyAsync</c> makes before it settles — is stored
/// and then answered with an <see cref="InconsistentStateException"/>. Orleans deactivates the activation that sees that
/// exception, so the position's call ends between saving its fills and settling them, and its next activation starts from
/// exactly that stored state: what a silo lost at that instant leaves behind.
/// </summary>
internal sealed class LostAfterSaveStorage(IGrainStorage inner) : IGrainStorage
{
    private int _armed;
    private int _lost;

    /// <summary>How many writes were stored and then lost (0 or 1).</summary>
    public int Lost => Volatile.Read(ref _lost);

    public void Arm() => Volatile.Write(ref _armed, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await inner.WriteStateAsync(stateName, grainId, grainState);
        if (stateName == "position" && Volatile.Read(ref _armed) == 1 && SoldOutButOpen(grainState.State) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Interlocked.Increment(ref _lost);
            throw new InconsistentStateException($"test: the activation of {grainId} is lost right after this save (its fills are stored, not settled)");
        }
    }

    // The state type is the grain assembly's own (internal): read through its JSON, as a storage provider sees it.
    private static bool SoldOutButOpen<T>(T state)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(state));
        var root = json.RootElement;
        if (root.GetProperty("Status").GetInt32() != (int)PositionStatus.Open)
        {
            return false;
        }

        long bought = 0, sold = 0;
        foreach (var fill in root.GetProperty("Fills").EnumerateArray())
        {
            var quantity = fill.GetProperty("Quantity").GetInt64();
            if (fill.GetProperty("Side").GetInt32() == (int)OrderSide.Buy)
            {
                bought += quantity;
            }
            else
            {
                sold += quantity;
            }
        }

        return bought > 0 && sold == bought;
    }
}
