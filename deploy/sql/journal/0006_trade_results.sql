-- KisTrader trading journal, version 6: closed trades (one row per position when it is flat again), written once by
-- the position grain (ITradeJournal), read by the statistics (strategy.md §9 and the return attribution).
--
-- Fills are child rows, not jsonb: each column is typed and checked like journal.fills (quantity > 0, price > 0, the
-- exit reason's known names, a reason only on sells), the order is kept by `ordinal`, and the statistics can sum
-- them in SQL. Both tables are append-only (journal.forbid_change); a record is never changed, only written again
-- identically (the writer compares and does nothing) — the application refuses a different record for the same key.

CREATE TABLE IF NOT EXISTS journal.trade_results
(
    position_key     text        NOT NULL PRIMARY KEY CHECK (position_key <> ''),
    entry_date       date        NOT NULL,
    exit_date        date        NOT NULL CHECK (exit_date >= entry_date),
    code             text        NOT NULL CHECK (code <> ''),
    account_ref      text        NOT NULL CHECK (NOT journal.looks_like_account_number(account_ref)),
    day1_close       numeric     NOT NULL CHECK (day1_close > 0),
    day2_open        numeric     NULL CHECK (day2_open > 0),
    entry_checkpoint time        NOT NULL,
    rank             integer     NOT NULL CHECK (rank >= 1),
    score            numeric     NOT NULL,
    buy_commission   numeric     NOT NULL CHECK (buy_commission >= 0),
    sell_commission  numeric     NOT NULL CHECK (sell_commission >= 0),
    sell_tax         numeric     NOT NULL CHECK (sell_tax >= 0),
    net_pnl          numeric     NOT NULL,
    net_return       numeric     NOT NULL,
    opened_at        timestamptz NOT NULL,
    closed_at        timestamptz NOT NULL CHECK (closed_at >= opened_at),
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_trade_results_entry ON journal.trade_results (entry_date, opened_at, position_key);

CREATE TABLE IF NOT EXISTS journal.trade_result_fills
(
    position_key    text        NOT NULL REFERENCES journal.trade_results (position_key),
    ordinal         integer     NOT NULL CHECK (ordinal >= 1),
    client_order_id text        NOT NULL CHECK (client_order_id <> ''),
    fill_key        text        NOT NULL CHECK (fill_key <> ''),
    side            text        NOT NULL CHECK (side IN ('Buy', 'Sell')),
    quantity        bigint      NOT NULL CHECK (quantity > 0),
    price           numeric     NOT NULL CHECK (price > 0),
    filled_at       timestamptz NOT NULL,
    exit_reason     text        NULL
        CHECK (exit_reason IN ('TakeProfit', 'PartialTakeProfit', 'StopLoss', 'FlatRangeExit', 'ForcedExit', 'Manual')),
    PRIMARY KEY (position_key, ordinal),
    -- A fill counts once per trade.
    UNIQUE (position_key, client_order_id, fill_key),
    -- Every sell says which exit rule sold it; a buy has no exit reason.
    CHECK ((side = 'Sell') = (exit_reason IS NOT NULL))
);

CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.trade_results
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.trade_result_fills
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
