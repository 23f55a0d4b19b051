using KisTrader.Kis.Secrets;

namespace KisTrader.Kis.Models;

/// <summary>
/// A brokerage account as KIS splits it: CANO (종합계좌번호, 8 digits) and ACNT_PRDT_CD (상품코드, 2 digits, "01" for
/// stocks). <see cref="ToString"/> masks the account number so a log line never carries it in full.
/// </summary>
public sealed record KisAccount
{
    public KisAccount(string cano, string productCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cano);
        ArgumentException.ThrowIfNullOrWhiteSpace(productCode);
        if (cano.Length != 8 || !cano.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("CANO must be 8 digits.", nameof(cano));
        }

        if (productCode.Length != 2 || !productCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("ACNT_PRDT_CD must be 2 digits.", nameof(productCode));
        }

        Cano = cano;
        ProductCode = productCode;
    }

    /// <summary>CANO (8 digits). A secret in logs: use <see cref="ToString"/>.</summary>
    public string Cano { get; }

    /// <summary>ACNT_PRDT_CD (2 digits).</summary>
    public string ProductCode { get; }

    public override string ToString() => $"{Redact.MaskAccount(Cano)}-{ProductCode}";

    internal void AddTo(Dictionary<string, string> fields)
    {
        fields["CANO"] = Cano;
        fields["ACNT_PRDT_CD"] = ProductCode;
    }
}
