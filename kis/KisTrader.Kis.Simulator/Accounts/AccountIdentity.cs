using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>The account an app key trades on.</summary>
/// <param name="AppKey">The app key (not secret on its own, but never logged in full).</param>
/// <param name="Cano">종합계좌번호: 8 digits.</param>
/// <param name="ProductCode">ACNT_PRDT_CD: "01" (종합).</param>
/// <param name="HtsId">HTS ID: the tr_key of fill-notice registrations (H0STCNI0/H0STCNI9).</param>
/// <param name="Profile">Domain the key belongs to (a mismatch with the server's profile is EGW02004/EGW02007).</param>
/// <param name="StartingCash">Deposit the account opens with (won).</param>
/// <param name="Name">Account holder name (ACNT_NAME in fill notices).</param>
internal sealed record AccountIdentity(string AppKey, string Cano, string ProductCode, string HtsId, SimProfile Profile, decimal StartingCash, string Name)
{
    /// <summary>CANO + ACNT_PRDT_CD, e.g. "6123456701".</summary>
    public string AccountNo => Cano + ProductCode;

    /// <summary>The trading book's view of this account.</summary>
    public AccountRef ToAccountRef() => new(Cano, ProductCode, HtsId, Profile == SimProfile.Paper, Name, StartingCash);
}
