using KisTrader.Grains.Realtime;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>The pure duplicate rule of the fill path: a copy on a later connection is not published; a genuine repeat is.</summary>
public sealed class FillNoticeWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Admit_FirstNotice_IsPublished_ItsCopyOnALaterConnectionIsNot()
    {
        var window = new FillNoticeWindow(TimeSpan.FromMinutes(10));
        Assert.True(window.Admit("order-1/fill", connection: 1, T0));
        Assert.False(window.Admit("order-1/fill", connection: 2, T0.AddSeconds(3)));
        Assert.True(window.Admit("order-2/fill", connection: 2, T0.AddSeconds(3)));
    }

    [Fact]
    public void Admit_TwoIdenticalNoticesOnOneConnection_BothPublished_CopiesElsewhereOnlyBeyondThatCount()
    {
        var window = new FillNoticeWindow(TimeSpan.FromMinutes(10));
        Assert.True(window.Admit("same", 1, T0));
        Assert.True(window.Admit("same", 1, T0));
        Assert.False(window.Admit("same", 2, T0.AddSeconds(1)));
        Assert.False(window.Admit("same", 2, T0.AddSeconds(1)));
        Assert.True(window.Admit("same", 2, T0.AddSeconds(1)));

        // Connection 2 has delivered three: a third on connection 1 is a copy of one of them.
        Assert.False(window.Admit("same", 1, T0.AddSeconds(2)));
        Assert.True(window.Admit("same", 1, T0.AddSeconds(2)));
    }

    [Fact]
    public void Admit_CopyAfterTheWindow_IsPublishedAgain_TheIdentityWasForgotten()
    {
        var window = new FillNoticeWindow(TimeSpan.FromMinutes(1));
        Assert.True(window.Admit("x", 1, T0));
        Assert.True(window.Admit("y", 1, T0.AddSeconds(30)));
        Assert.True(window.Admit("x", 2, T0.AddMinutes(2)));
        Assert.Equal(1, window.Count); // "y" (30 s old at 1 min before) is forgotten as well
    }

    [Fact]
    public void Retract_AfterAFailedPublish_TheSameNoticeIsAdmittedAgain()
    {
        var window = new FillNoticeWindow(TimeSpan.FromMinutes(10));
        Assert.True(window.Admit("z", 1, T0));
        window.Retract("z", 1);
        Assert.True(window.Admit("z", 1, T0));
        Assert.False(window.Admit("z", 2, T0));
    }

    [Fact]
    public void Constructor_NonPositiveWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FillNoticeWindow(TimeSpan.Zero));
}
