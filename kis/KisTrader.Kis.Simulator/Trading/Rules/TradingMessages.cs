namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>
/// msg_cd/msg1 of the order desk, real and paper. Codes and texts marked "observed" come from kis-api.md or public
/// client code that logged real answers; the others are this simulator's choice (listed in the simulator README).
/// </summary>
internal static class TradingMessages
{
    // Successes ------------------------------------------------------------------------------------------------
    /// <summary>Observed (kis-api.md §2.6).</summary>
    public static readonly KisRejection OrderSentReal = new("APBK0013", "주문 전송 완료 되었습니다.");

    /// <summary>Observed (third-party logs of VTTC0802U/VTTC0012U).</summary>
    public static readonly KisRejection BuyDonePaper = new("40600000", "모의투자 매수주문이 완료 되었습니다.");

    /// <summary>Observed text, code chosen to match the buy answer.</summary>
    public static readonly KisRejection SellDonePaper = new("40600000", "모의투자 매도주문이 완료 되었습니다.");

    /// <summary>Text observed in third-party clients; code chosen.</summary>
    public static readonly KisRejection CancelDoneReal = new("APBK0013", "취소주문이 완료 되었습니다.");

    /// <summary>Observed text; code chosen.</summary>
    public static readonly KisRejection CancelDonePaper = new("40620000", "모의투자 취소주문이 완료 되었습니다.");

    /// <summary>Chosen.</summary>
    public static readonly KisRejection ModifyDonePaper = new("40610000", "모의투자 정정주문이 완료 되었습니다.");

    /// <summary>Query answers (observed): KIOK0510 last page, KIOK0500 more pages; paper 20310000 (its "more" text observed, code chosen).</summary>
    public static KisRejection QueryDone(bool paper, bool more) => (paper, more) switch
    {
        (false, false) => new("KIOK0510", PadTo80Bytes("조회가 완료되었습니다")),
        (false, true) => new("KIOK0500", PadTo80Bytes("조회가 계속됩니다..다음버튼을 Click 하십시오.")),
        (true, false) => new("20310000", PadTo80Bytes("모의투자 조회가 완료되었습니다.")),
        _ => new("20300000", PadTo80Bytes("모의투자 조회가 계속 됩니다. 다음 또는 PaDn을 누르십시오.")),
    };

    /// <summary>
    /// KIS query messages come space-padded to an 80-byte (EUC-KR) field: Hangul counts two bytes, ASCII one.
    /// </summary>
    public static string PadTo80Bytes(string text)
    {
        var width = text.Sum(c => c < 0x80 ? 1 : 2);
        return width >= 80 ? text : text + new string(' ', 80 - width);
    }

    // Request shape ----------------------------------------------------------------------------------------------
    /// <summary>Observed shape ("ERROR INPUT FIELD NOT FOUND [CURR_GB]").</summary>
    public static KisRejection FieldNotFound(string field) => new("OPSQ2001", $"ERROR INPUT FIELD NOT FOUND [{field}]");

    /// <summary>Observed (code list "ERROR : INPUT INVALID_CHECK_FIELD_LENGTH").</summary>
    public static readonly KisRejection FieldLength = new("OPSQ2002", "ERROR : INPUT INVALID_CHECK_FIELD_LENGTH");

    /// <summary>Observed: CANO/ACNT_PRDT_CD not bound to the app key.</summary>
    public static readonly KisRejection AccountMismatch = new("OPSQ2000", "ERROR : INPUT INVALID_CHECK_ACNO");

    // Order rules: (real, paper) ---------------------------------------------------------------------------------
    /// <summary>Closed day. Real APBK0919 observed (PYKIS KisMarketNotOpenedError; text observed); paper observed.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) ClosedDay =
        (new("APBK0919", "장운영일자가 주문일과 상이합니다."), new("40100000", "모의투자 영업일이 아닙니다."));

    /// <summary>Before the order window opens. Real text chosen after APBK0918; paper observed.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) BeforeOpen =
        (new("APBK0918", "장운영시간이 아닙니다.(장개시전 주문불가시간)"), new("40570000", "모의투자 장시작전 입니다."));

    /// <summary>Regular-session type after its window. Real observed (ORD_DVSN 02 after 15:30); paper observed.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) RegularSessionClosed =
        (new("APBK0918", "장운영시간이 아닙니다.(장종료동시마감(129) 주문불가시간)"), new("40580000", "모의투자 장종료 입니다."));

    /// <summary>After-hours type (05/06/07) outside its window. Chosen after APBK0918.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) AfterHoursWindowClosed =
        (new("APBK0918", "장운영시간이 아닙니다.(시간외 주문불가시간)"), new("40580000", "모의투자 장종료 입니다."));

    /// <summary>Paper does not support 05/06/07 and IOC/FOK (PYKIS). Chosen.</summary>
    public static readonly KisRejection PaperUnsupportedOrderType = new("40660000", "모의투자에서는 해당 주문구분을 사용할 수 없습니다.");

    /// <summary>Unknown ORD_DVSN, or a type this exchange does not take (08–10, 51+). Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) InvalidOrderType =
        (new("APBK0521", "주문구분을 확인하여 주십시오."), new("40660000", "모의투자에서는 해당 주문구분을 사용할 수 없습니다."));

    /// <summary>Quantity not a positive integer. Text observed ("주문수량을 확인 하여 주십시요."); codes chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) InvalidQuantity =
        (new("APBK0563", "주문수량을 확인 하여 주십시요."), new("40050000", "모의투자 주문수량을 확인하여 주십시오."));

    /// <summary>Price not a number, missing for a limit type, or not positive. Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) InvalidPrice =
        (new("APBK0564", "주문단가를 확인 하여 주십시요."), new("40060000", "모의투자 주문단가를 확인하여 주십시오."));

    /// <summary>Off the quote-unit grid. Real: text observed, APBK0506 reported by a third party; paper observed.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) TickGrid =
        (new("APBK0506", "주식주문호가단위 오류입니다."), new("40030000", "모의투자 주문처리가 안되었습니다(호가단위 오류)"));

    /// <summary>Outside the daily ±30% limits. Paper text observed; codes and real text chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) PriceLimit =
        (new("APBK0507", "주문가격이 상/하한가를 벗어났습니다."), new("40040000", "모의투자 상/하한가 오류"));

    /// <summary>Outside the after-hours ±10% band. Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) AfterHoursBand =
        (new("APBK0508", "시간외단일가 주문가격이 가격제한범위를 벗어났습니다."), new("40040000", "모의투자 상/하한가 오류"));

    /// <summary>Insufficient buying power. Real observed (APBK0952); paper observed (40250000).</summary>
    public static readonly (KisRejection Real, KisRejection Paper) InsufficientCash =
        (new("APBK0952", "주문가능금액을 초과 했습니다"), new("40250000", "모의투자 주문가능금액이 부족합니다."));

    /// <summary>Selling more than the sellable quantity. Real observed (APBK0400); paper observed (40240000, no holding).</summary>
    public static readonly (KisRejection Real, KisRejection Paper) SellQuantityExceeded =
        (new("APBK0400", "주문 가능한 수량을 초과했습니다."), new("40240000", "모의투자 잔고내역이 없습니다."));

    /// <summary>Unknown product. Real APBK0656 observed (PYKIS); text and paper chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) UnknownProduct =
        (new("APBK0656", "해당 종목정보가 없습니다."), new("40070000", "모의투자 종목정보가 없습니다."));

    /// <summary>Halted stock. APBK0634 reported by a third party; texts and paper chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) Halted =
        (new("APBK0634", "매매거래정지 종목입니다."), new("40090000", "모의투자 매매거래정지 종목입니다."));

    /// <summary>Modify/cancel with no remaining quantity. Texts observed; paper code observed (40330000); real code chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) NothingToModify =
        (new("APBK0991", "정정/취소할 수량이 없습니다."), new("40330000", "모의투자 정정/취소할 수량이 없습니다."));

    /// <summary>Original order number unknown. Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) OriginalOrderNotFound =
        (new("APBK1663", "원주문번호가 존재하지 않습니다."), new("40320000", "모의투자 원주문번호가 존재하지 않습니다."));

    /// <summary>Modify quantity above the modifiable quantity. Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) ModifyQuantityExceeded =
        (new("APBK0992", "정정/취소 수량이 가능수량을 초과합니다."), new("40340000", "모의투자 정정수량이 정정가능수량을 초과합니다."));

    /// <summary>RVSE_CNCL_DVSN_CD other than 01/02. Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) InvalidModifyKind =
        (new("APBK0993", "정정취소구분코드를 확인하여 주십시오."), new("40350000", "모의투자 정정취소구분코드를 확인하여 주십시오."));

    /// <summary>Modify/cancel of an after-hours order type into a regular type (or the reverse). Chosen.</summary>
    public static readonly (KisRejection Real, KisRejection Paper) ModifyTypeMismatch =
        (new("APBK0994", "정정 주문구분이 원주문과 맞지 않습니다."), new("40360000", "모의투자 정정 주문구분이 원주문과 맞지 않습니다."));

    /// <summary>Picks the profile's message.</summary>
    public static KisRejection For(this (KisRejection Real, KisRejection Paper) pair, bool paper) => paper ? pair.Paper : pair.Real;
}
