using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-balance <c>output1</c> row: one holding. A fully sold position stays listed with <see cref="Quantity"/> 0 until
/// settlement (D+2).
/// </summary>
public sealed record Holding
{
    public const string EndpointName = "inquire-balance";

    /// <summary>pdno.</summary>
    public required string Symbol { get; init; }

    /// <summary>prdt_name.</summary>
    public required string Name { get; init; }

    /// <summary>trad_dvsn_name (매매구분명, e.g. "현금").</summary>
    public string TradeKind { get; init; } = string.Empty;

    /// <summary>bfdy_buy_qty.</summary>
    public long PreviousDayBuyQuantity { get; init; }

    /// <summary>bfdy_sll_qty.</summary>
    public long PreviousDaySellQuantity { get; init; }

    /// <summary>thdt_buyqty.</summary>
    public long TodayBuyQuantity { get; init; }

    /// <summary>thdt_sll_qty.</summary>
    public long TodaySellQuantity { get; init; }

    /// <summary>hldg_qty (보유수량).</summary>
    public long Quantity { get; init; }

    /// <summary>ord_psbl_qty (주문가능수량: not tied up in open sell orders).</summary>
    public long OrderableQuantity { get; init; }

    /// <summary>pchs_avg_pric (매입평균가격, may carry decimals).</summary>
    public decimal AveragePrice { get; init; }

    /// <summary>pchs_amt (매입금액).</summary>
    public decimal PurchaseAmount { get; init; }

    /// <summary>prpr (현재가).</summary>
    public decimal CurrentPrice { get; init; }

    /// <summary>evlu_amt (평가금액).</summary>
    public decimal EvaluationAmount { get; init; }

    /// <summary>evlu_pfls_amt (평가손익, signed).</summary>
    public decimal ProfitLoss { get; init; }

    /// <summary>evlu_pfls_rt (평가손익율 %).</summary>
    public decimal ProfitLossRate { get; init; }

    /// <summary>evlu_erng_rt (평가수익율 %), when sent.</summary>
    public decimal? EarningRate { get; init; }

    /// <summary>fltt_rt (등락율 % vs the previous close), when sent.</summary>
    public decimal? ChangeRate { get; init; }

    /// <summary>bfdy_cprs_icdc (전일대비증감), when sent.</summary>
    public decimal? ChangeVsPreviousDay { get; init; }

    /// <summary>loan_dt; null for cash holdings.</summary>
    public DateOnly? LoanDate { get; init; }

    /// <summary>loan_amt.</summary>
    public decimal? LoanAmount { get; init; }

    /// <summary>item_mgna_rt_name (종목증거금율명).</summary>
    public string? MarginRateName { get; init; }

    /// <summary>Parses <c>output1</c> (one page).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<Holding> ParseRows(JsonElement output1) => KisFields.Rows(output1, EndpointName, "output1", f => new Holding
    {
        Symbol = f.Text("pdno"),
        Name = f.Text("prdt_name"),
        TradeKind = f.OptionalText("trad_dvsn_name") ?? string.Empty,
        PreviousDayBuyQuantity = f.OptionalWhole("bfdy_buy_qty") ?? 0,
        PreviousDaySellQuantity = f.OptionalWhole("bfdy_sll_qty") ?? 0,
        TodayBuyQuantity = f.OptionalWhole("thdt_buyqty") ?? 0,
        TodaySellQuantity = f.OptionalWhole("thdt_sll_qty") ?? 0,
        Quantity = f.Whole("hldg_qty"),
        OrderableQuantity = f.Whole("ord_psbl_qty"),
        AveragePrice = f.Number("pchs_avg_pric"),
        PurchaseAmount = f.Number("pchs_amt"),
        CurrentPrice = f.Number("prpr"),
        EvaluationAmount = f.Number("evlu_amt"),
        ProfitLoss = f.Number("evlu_pfls_amt"),
        ProfitLossRate = f.Number("evlu_pfls_rt"),
        EarningRate = f.OptionalNumber("evlu_erng_rt"),
        ChangeRate = f.OptionalNumber("fltt_rt"),
        ChangeVsPreviousDay = f.OptionalNumber("bfdy_cprs_icdc"),
        LoanDate = f.OptionalDate("loan_dt"),
        LoanAmount = f.OptionalNumber("loan_amt"),
        MarginRateName = f.OptionalText("item_mgna_rt_name"),
    });
}
