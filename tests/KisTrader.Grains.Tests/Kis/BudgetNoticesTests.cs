using KisTrader.Grains.Kis;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>Which rate-budget holder changes become events: an idle holder's coming and going is bookkeeping.</summary>
public sealed class BudgetNoticesTests
{
    [Fact]
    public void TellJoin_NewHolder_Told()
    {
        var notices = new BudgetNotices();
        Assert.True(notices.TellJoin("silo-a"));
        Assert.True(notices.TellJoin("silo-b"));
    }

    [Fact]
    public void TellReclaim_HolderWithoutQuota_SilentAndItsReturnSilentOnce()
    {
        var notices = new BudgetNotices();
        Assert.True(notices.TellJoin("silo-a"));
        Assert.False(notices.TellReclaim("silo-a", 0));
        Assert.False(notices.TellJoin("silo-a"));
        Assert.True(notices.TellJoin("silo-b"));
        // Remembered once: a later join of the same id (after a told reclaim or none) is told again.
        Assert.True(notices.TellJoin("silo-a"));
    }

    [Fact]
    public void TellReclaim_HolderWithQuota_ToldAndItsReturnTold()
    {
        var notices = new BudgetNotices();
        Assert.False(notices.TellReclaim("silo-a", 0));
        Assert.True(notices.TellReclaim("silo-a", 6));
        Assert.True(notices.TellJoin("silo-a"));
    }
}
