using KisTrader.GrainInterfaces;
using KisTrader.Trading.Screening.Selection;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>The Korean line of a <see cref="PortfolioConfigChanged"/>: version, who and why, and the effective values.</summary>
internal static class KoreanPortfolioWording
{
    public static string Word(PortfolioConfigChanged p) =>
        $"포트폴리오 설정 {p.AccountKey} 버전 {p.Version.ToString(Inv)} ({Who(p.RequestedBy, p.Reason)}): 세션 예산 {Won(p.Effective.SessionBudget)}, "
        + $"선정 {p.Effective.SelectedCount.ToString(Inv)}종목 + 예비 {p.Effective.BackupCount.ToString(Inv)}종목, {Mode(p.Effective.AllocationMode)}"
        + (p.Overrides is null || p.Overrides.IsEmpty ? " (모두 기본값)" : "");

    /// <summary>The allocation mode as the configuration form names it.</summary>
    public static string Mode(AllocationMode mode) => mode switch
    {
        AllocationMode.Equal => "균등 배분",
        AllocationMode.ScoreWeighted => "점수 가중 배분",
        _ => "배분 방식 " + (int)mode,
    };
}
