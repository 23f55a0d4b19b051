namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// What a quotation endpoint answers, before the envelope: the output keys (object or array), optional extra body keys
/// (paging contexts) and the tr_cont response header; or a business error.
/// </summary>
internal sealed class QuotationReply
{
    private QuotationReply()
    {
    }

    /// <summary>Output keys in order: "output", or "output1" then "output2". Values are <see cref="KisRow"/> or a list of them.</summary>
    public List<KeyValuePair<string, object>> Outputs { get; } = [];

    /// <summary>Extra body keys after the outputs (e.g. ctx_area_fk / ctx_area_nk).</summary>
    public List<KeyValuePair<string, string>> Extra { get; } = [];

    /// <summary>Response header tr_cont ("F"/"M" more data, "D"/"E" last page); null to leave the default.</summary>
    public string? TrCont { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool IsError => ErrorCode is not null;

    public static QuotationReply Output(KisRow row) => new QuotationReply().With("output", row);

    public static QuotationReply Output(IReadOnlyList<KisRow> rows) => new QuotationReply().With("output", rows);

    public static QuotationReply Pair(object output1, object output2) => new QuotationReply().With("output1", output1).With("output2", output2);

    /// <summary>A business error (rt_cd "1").</summary>
    public static QuotationReply Error(string code, string message) => new() { ErrorCode = code, ErrorMessage = message };

    /// <summary>Unknown or unusable code: KIS answers rt_cd 1 with a "no data" message (exact code unconfirmed).</summary>
    public static QuotationReply NotFound(string code) => Error("APBK0656", $"해당 종목정보가 없습니다. ({code})");

    /// <summary>Missing or malformed input (exact KIS code unconfirmed; OPSQ2002 is the one seen for bad input fields).</summary>
    public static QuotationReply BadInput(string field) => Error("OPSQ2002", $"ERROR : INPUT_FIELD_NAME {field}");

    public QuotationReply With(string key, object value)
    {
        Outputs.Add(new(key, value));
        return this;
    }

    public QuotationReply WithExtra(string key, string value)
    {
        Extra.Add(new(key, value));
        return this;
    }

    public QuotationReply WithTrCont(string value)
    {
        TrCont = value;
        return this;
    }
}
