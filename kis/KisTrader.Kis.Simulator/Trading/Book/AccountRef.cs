namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>The account behind a request, as the gateway resolved it from the app key.</summary>
/// <param name="Cano">8-digit CANO.</param>
/// <param name="ProductCode">ACNT_PRDT_CD ("01").</param>
/// <param name="HtsId">HTS ID: the tr_key of fill-notice registrations.</param>
/// <param name="IsPaper">Paper (모의투자) profile.</param>
/// <param name="AccountName">ACNT_NAME in fill notices.</param>
/// <param name="StartingCash">Deposit the account opens with.</param>
internal sealed record AccountRef(string Cano, string ProductCode, string HtsId, bool IsPaper, string AccountName, decimal StartingCash)
{
    /// <summary>The 10-digit account number (CANO + ACNT_PRDT_CD) as fill notices carry it.</summary>
    public string AccountNo => Cano + ProductCode;
}
