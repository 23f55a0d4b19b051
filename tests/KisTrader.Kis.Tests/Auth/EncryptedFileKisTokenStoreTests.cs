using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Auth;

namespace KisTrader.Kis.Tests.Auth;

/// <summary>The file store encrypts at rest, binds the file to its key id, and ignores files it cannot decrypt.</summary>
public sealed class EncryptedFileKisTokenStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kis-store-test-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SavedToken_RoundTrips_AndIsNotReadableOnDisk()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var store = new EncryptedFileKisTokenStore(_directory, key);
        var token = new KisStoredToken("plain-token-value-0123456789", new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

        await store.SaveAsync("kabc123", token, Ct);
        var read = await store.GetAsync("kabc123", Ct);
        var raw = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(_directory, "kis-token-kabc123.bin"), Ct));

        Assert.Equal(token, read);
        Assert.DoesNotContain("plain-token-value", raw, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync("kother", Ct));
    }

    [Fact]
    public async Task WrongKey_OrSwappedFile_ReadsAsAbsent_AndRemoveForgets()
    {
        using var store = new EncryptedFileKisTokenStore(_directory, RandomNumberGenerator.GetBytes(32));
        using var other = new EncryptedFileKisTokenStore(_directory, RandomNumberGenerator.GetBytes(32));
        var token = new KisStoredToken("t", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));
        await store.SaveAsync("ka", token, Ct);
        File.Copy(Path.Combine(_directory, "kis-token-ka.bin"), Path.Combine(_directory, "kis-token-kb.bin"));

        Assert.Null(await other.GetAsync("ka", Ct));
        Assert.Null(await store.GetAsync("kb", Ct));
        await store.RemoveAsync("ka", Ct);
        Assert.Null(await store.GetAsync("ka", Ct));
    }

    [Fact]
    public void KeyFile_IsCreatedOnce_AndReused()
    {
        var path = Path.Combine(_directory, "keys", "token.key");

        var first = EncryptedFileKisTokenStore.LoadOrCreateKey(path);
        var second = EncryptedFileKisTokenStore.LoadOrCreateKey(path);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
    }
}
