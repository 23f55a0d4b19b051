-- KisTrader trading journal, version 1: everything the strategy decided and the broker did, in schema `journal`.
--
-- Applied once by DatabaseMigrator (journal table journal.schema_versions); later changes go in 0002_..., never
-- into this file. Rules:
-- * Time is timestamptz (UTC instants); trading dates are KST calendar dates (date).
-- * Money, prices and ratios are numeric (C# decimal), quantities bigint.
-- * Tables that record events are append-only: a trigger rejects UPDATE and DELETE (see journal.forbid_change).
--   Current-state tables (sessions, watch_list, positions, daily_statistics) are updated, and every change to them
--   is also an event row, so history is never lost.
-- * Secrets are never stored: no app key, app secret, token or approval key anywhere. An account is identified by
--   `account_ref`, a label chosen by the application (e.g. the masked number "****5678-01"); a CHECK rejects values
--   that look like a full KIS account number (8 digits + 2-digit product code).
-- * Enumerations are text holding the C# enum member name, checked against the known names.

CREATE SCHEMA IF NOT EXISTS journal;

-- Rejects UPDATE and DELETE on append-only tables.
CREATE OR REPLACE FUNCTION journal.forbid_change()
    RETURNS trigger
    LANGUAGE plpgsql
AS $fn$
BEGIN
    RAISE EXCEPTION 'journal.%: rows are append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'KT100';
END
$fn$;

-- True when a text looks like a full account number (never stored).
CREATE OR REPLACE FUNCTION journal.looks_like_account_number(value text)
    RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
AS $fn$
    SELECT value ~ '^[0-9]{8}-?[0-9]{2}$' OR value ~ '^[0-9]{10}$';
$fn$;

-- ---------------------------------------------------------------------------------------------------------------
-- Sessions (one per trading date; strategy.md §0)

CREATE TABLE IF NOT EXISTS journal.sessions
(
    trading_date date        NOT NULL PRIMARY KEY,
    state        text        NOT NULL
        CHECK (state IN ('Scheduled', 'Screening', 'Screened', 'AfterHours', 'Holding', 'Closed', 'Cancelled')),
    mode         text        NOT NULL CHECK (mode IN ('Simulator', 'Paper', 'Real')),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CHECK (updated_at >= created_at)
);

CREATE TABLE IF NOT EXISTS journal.session_state_changes
(
    change_id    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trading_date date        NOT NULL REFERENCES journal.sessions (trading_date),
    from_state   text        NULL,
    to_state     text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    reason       text        NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_session_state_changes_date ON journal.session_state_changes (trading_date, change_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Screening runs (strategy.md §1–§5): one row per run, children per symbol / attempt / candidate.

CREATE TABLE IF NOT EXISTS journal.screening_runs
(
    run_id                 uuid        NOT NULL PRIMARY KEY,
    trading_date           date        NOT NULL REFERENCES journal.sessions (trading_date),
    kind                   text        NOT NULL CHECK (kind IN ('Screen', 'Research')),
    trigger                text        NOT NULL CHECK (trigger IN ('Schedule', 'Manual', 'Rerun', 'Research')),
    started_at             timestamptz NOT NULL,
    finished_at            timestamptz NOT NULL,
    broker_calls           integer     NOT NULL CHECK (broker_calls >= 0),
    universe_count         integer     NOT NULL CHECK (universe_count >= 0),
    final_level            text        NOT NULL
        CHECK (final_level IN ('Tighten2', 'Tighten1', 'Base', 'Relax1', 'Relax2', 'Relax3')),
    researched_from        text        NULL
        CHECK (researched_from IN ('Tighten2', 'Tighten1', 'Base', 'Relax1', 'Relax2', 'Relax3')),
    late_session_cutoff    time        NOT NULL,
    passers_at_final_level integer     NOT NULL CHECK (passers_at_final_level >= 0),
    -- allocation (strategy.md §5)
    allocation_mode        text        NOT NULL CHECK (allocation_mode IN ('Equal', 'ScoreWeighted')),
    session_budget         numeric     NOT NULL CHECK (session_budget >= 0),
    orderable_cash         numeric     NOT NULL,
    spendable              numeric     NOT NULL CHECK (spendable >= 0),
    capped_by_cash         boolean     NOT NULL,
    fell_back_to_equal     boolean     NOT NULL,
    unallocated            numeric     NOT NULL CHECK (unallocated >= 0),
    CHECK (finished_at >= started_at)
);
CREATE INDEX IF NOT EXISTS ix_screening_runs_date ON journal.screening_runs (trading_date, started_at);

-- What the run knew about each listing (the day's inputs, as of the close; minute bars are not kept here).
CREATE TABLE IF NOT EXISTS journal.screening_inputs
(
    run_id                    uuid    NOT NULL REFERENCES journal.screening_runs (run_id),
    code                      text    NOT NULL,
    name                      text    NOT NULL,
    market                    text    NOT NULL CHECK (market IN ('Kospi', 'Kosdaq')),
    flags                     text    NOT NULL DEFAULT 'None',
    market_cap                numeric NOT NULL,
    previous_close            numeric NOT NULL,
    close                     numeric NOT NULL,
    day_volume                bigint  NOT NULL,
    day_trading_value         numeric NOT NULL,
    index_day_return          numeric NOT NULL,
    previous_volume_days      integer NULL,
    minute_bar_count          integer NULL,
    buy_initiated_volume      bigint  NULL,
    sell_initiated_volume     bigint  NULL,
    broker_execution_strength numeric NULL,
    vwap                      numeric NULL,
    PRIMARY KEY (run_id, code)
);

-- Every filtering pass in the order tried (strategy.md §4).
CREATE TABLE IF NOT EXISTS journal.screening_attempts
(
    run_id              uuid      NOT NULL REFERENCES journal.screening_runs (run_id),
    step                integer   NOT NULL CHECK (step >= 1),
    level               text      NOT NULL
        CHECK (level IN ('Tighten2', 'Tighten1', 'Base', 'Relax1', 'Relax2', 'Relax3')),
    threshold_c1        numeric   NOT NULL,
    threshold_c2        numeric   NOT NULL,
    threshold_c3        numeric   NOT NULL,
    threshold_c4        numeric   NOT NULL,
    threshold_c5        numeric   NOT NULL,
    threshold_c6        numeric   NOT NULL,
    evaluated           integer   NOT NULL CHECK (evaluated >= 0),
    passed              integer   NOT NULL CHECK (passed >= 0 AND passed <= evaluated),
    passed_by_condition integer[] NOT NULL CHECK (cardinality(passed_by_condition) = 6),
    verdict             text      NOT NULL CHECK (verdict IN ('BelowTarget', 'WithinTarget', 'AboveTarget')),
    kept                boolean   NOT NULL,
    PRIMARY KEY (run_id, step)
);
-- At most one kept attempt per run.
CREATE UNIQUE INDEX IF NOT EXISTS ux_screening_attempts_kept ON journal.screening_attempts (run_id) WHERE kept;

-- Ranked candidates with the six values and sub-scores (strategy.md §3).
CREATE TABLE IF NOT EXISTS journal.screening_candidates
(
    run_id            uuid    NOT NULL REFERENCES journal.screening_runs (run_id),
    rank              integer NOT NULL CHECK (rank >= 1),
    code              text    NOT NULL,
    name              text    NOT NULL,
    market            text    NOT NULL CHECK (market IN ('Kospi', 'Kosdaq')),
    role              text    NOT NULL CHECK (role IN ('Selected', 'Backup', 'Candidate')),
    close             numeric NOT NULL,
    previous_close    numeric NOT NULL,
    day_trading_value numeric NOT NULL,
    score             numeric NOT NULL CHECK (score >= 0 AND score <= 100),
    value_c1          numeric NOT NULL,
    value_c2          numeric NOT NULL,
    value_c3          numeric NOT NULL,
    value_c4          numeric NOT NULL,
    value_c5          numeric NOT NULL,
    value_c6          numeric NOT NULL,
    sub_score_c1      numeric NOT NULL,
    sub_score_c2      numeric NOT NULL,
    sub_score_c3      numeric NOT NULL,
    sub_score_c4      numeric NOT NULL,
    sub_score_c5      numeric NOT NULL,
    sub_score_c6      numeric NOT NULL,
    level             text    NOT NULL
        CHECK (level IN ('Tighten2', 'Tighten1', 'Base', 'Relax1', 'Relax2', 'Relax3')),
    strictest_level   text    NOT NULL
        CHECK (strictest_level IN ('Tighten2', 'Tighten1', 'Base', 'Relax1', 'Relax2', 'Relax3')),
    PRIMARY KEY (run_id, rank),
    UNIQUE (run_id, code)
);

-- Base-filter exclusions, one row per reason (strategy.md §1).
CREATE TABLE IF NOT EXISTS journal.screening_exclusions
(
    run_id   uuid    NOT NULL REFERENCES journal.screening_runs (run_id),
    code     text    NOT NULL,
    name     text    NOT NULL,
    ordinal  integer NOT NULL CHECK (ordinal >= 1),
    reason   text    NOT NULL,
    detail   text    NOT NULL,
    PRIMARY KEY (run_id, code, ordinal)
);

-- The budget split across the selected symbols (strategy.md §5).
CREATE TABLE IF NOT EXISTS journal.screening_allocations
(
    run_id            uuid    NOT NULL REFERENCES journal.screening_runs (run_id),
    code              text    NOT NULL,
    rank              integer NOT NULL CHECK (rank >= 1),
    score             numeric NOT NULL,
    amount            numeric NOT NULL CHECK (amount >= 0),
    quantity_at_close bigint  NOT NULL CHECK (quantity_at_close >= 0),
    PRIMARY KEY (run_id, code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- After-hours phase (strategy.md §6)

-- The symbols a session watches after the close (current state; changes are events).
CREATE TABLE IF NOT EXISTS journal.watch_list
(
    trading_date     date        NOT NULL REFERENCES journal.sessions (trading_date),
    code             text        NOT NULL,
    name             text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('Selected', 'Backup', 'Research')),
    rank             integer     NOT NULL CHECK (rank >= 1),
    close            numeric     NOT NULL,
    allocated_amount numeric     NOT NULL DEFAULT 0 CHECK (allocated_amount >= 0),
    status           text        NOT NULL,
    source_run_id    uuid        NULL REFERENCES journal.screening_runs (run_id),
    added_at         timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (trading_date, code)
);

CREATE TABLE IF NOT EXISTS journal.after_hours_checkpoints
(
    trading_date    date        NOT NULL REFERENCES journal.sessions (trading_date),
    checkpoint      time        NOT NULL,
    evaluated_at    timestamptz NOT NULL,
    threshold       numeric     NOT NULL,
    next_threshold  numeric     NOT NULL,
    buys            integer     NOT NULL CHECK (buys >= 0),
    note            text        NOT NULL DEFAULT '',
    PRIMARY KEY (trading_date, checkpoint)
);

CREATE TABLE IF NOT EXISTS journal.after_hours_observations
(
    trading_date   date    NOT NULL,
    checkpoint     time    NOT NULL,
    code           text    NOT NULL,
    observed_price numeric NULL,
    price_source   text    NULL,
    change_ratio   numeric NULL,
    action         text    NOT NULL,
    note           text    NOT NULL DEFAULT '',
    PRIMARY KEY (trading_date, checkpoint, code),
    FOREIGN KEY (trading_date, checkpoint) REFERENCES journal.after_hours_checkpoints (trading_date, checkpoint)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Orders, submissions, fills, positions, exits

-- The intent: what the strategy wanted, with the client id that makes submissions idempotent.
CREATE TABLE IF NOT EXISTS journal.orders
(
    order_id        uuid        NOT NULL PRIMARY KEY,
    client_order_id text        NOT NULL UNIQUE,
    trading_date    date        NOT NULL REFERENCES journal.sessions (trading_date),
    account_ref     text        NOT NULL CHECK (NOT journal.looks_like_account_number(account_ref)),
    code            text        NOT NULL,
    side            text        NOT NULL CHECK (side IN ('Buy', 'Sell')),
    purpose         text        NOT NULL CHECK (purpose IN ('Entry', 'Exit')),
    order_division  text        NOT NULL,
    quantity        bigint      NOT NULL CHECK (quantity > 0),
    limit_price     numeric     NULL CHECK (limit_price > 0),
    reason          text        NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_orders_date ON journal.orders (trading_date, created_at);

-- Every attempt to hand the order to the broker, with what came back.
CREATE TABLE IF NOT EXISTS journal.order_submissions
(
    submission_id   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES journal.orders (order_id),
    attempt         integer     NOT NULL CHECK (attempt >= 1),
    submitted_at    timestamptz NOT NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('Accepted', 'Rejected', 'Failed', 'TimedOut')),
    broker_order_no text        NULL,
    broker_org_no   text        NULL,
    message_code    text        NULL,
    message         text        NOT NULL DEFAULT '',
    UNIQUE (order_id, attempt)
);

CREATE TABLE IF NOT EXISTS journal.order_state_changes
(
    change_id   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES journal.orders (order_id),
    occurred_at timestamptz NOT NULL,
    state       text        NOT NULL CHECK (state IN ('Pending', 'Submitted', 'Accepted', 'PartiallyFilled',
                                                      'Filled', 'CancelRequested', 'Cancelled', 'Replaced',
                                                      'Expired', 'Rejected', 'Failed')),
    note        text        NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_order_state_changes_order ON journal.order_state_changes (order_id, change_id);

CREATE TABLE IF NOT EXISTS journal.fills
(
    fill_id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES journal.orders (order_id),
    broker_order_no text        NOT NULL,
    broker_fill_key text        NOT NULL,
    filled_at       timestamptz NOT NULL,
    quantity        bigint      NOT NULL CHECK (quantity > 0),
    price           numeric     NOT NULL CHECK (price > 0),
    commission      numeric     NOT NULL DEFAULT 0 CHECK (commission >= 0),
    tax             numeric     NOT NULL DEFAULT 0 CHECK (tax >= 0),
    -- The broker may report the same execution twice (WebSocket and inquiry): record it once.
    UNIQUE (order_id, broker_fill_key)
);

-- Positions (current state; the fills and exits are the history).
CREATE TABLE IF NOT EXISTS journal.positions
(
    position_id   uuid        NOT NULL PRIMARY KEY,
    account_ref   text        NOT NULL CHECK (NOT journal.looks_like_account_number(account_ref)),
    trading_date  date        NOT NULL REFERENCES journal.sessions (trading_date),
    code          text        NOT NULL,
    quantity      bigint      NOT NULL CHECK (quantity >= 0),
    average_price numeric     NOT NULL CHECK (average_price >= 0),
    realized_pnl  numeric     NOT NULL DEFAULT 0,
    state         text        NOT NULL CHECK (state IN ('Open', 'Closed')),
    opened_at     timestamptz NOT NULL,
    closed_at     timestamptz NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (account_ref, trading_date, code)
);

CREATE TABLE IF NOT EXISTS journal.exits
(
    exit_id      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position_id  uuid        NOT NULL REFERENCES journal.positions (position_id),
    order_id     uuid        NULL REFERENCES journal.orders (order_id),
    decided_at   timestamptz NOT NULL,
    reason       text        NOT NULL
        CHECK (reason IN ('TakeProfit', 'PartialTakeProfit', 'StopLoss', 'FlatRange', 'Forced', 'Manual')),
    exit_window  text        NOT NULL,
    return_ratio numeric     NOT NULL,
    quantity     bigint      NOT NULL CHECK (quantity > 0),
    price        numeric     NULL
);

-- ---------------------------------------------------------------------------------------------------------------
-- Account, alerts, statistics, events

CREATE TABLE IF NOT EXISTS journal.account_snapshots
(
    snapshot_id      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_ref      text        NOT NULL CHECK (NOT journal.looks_like_account_number(account_ref)),
    taken_at         timestamptz NOT NULL,
    cash             numeric     NOT NULL,
    orderable_cash   numeric     NOT NULL,
    total_evaluation numeric     NOT NULL,
    holdings         jsonb       NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX IF NOT EXISTS ix_account_snapshots_account ON journal.account_snapshots (account_ref, taken_at);

CREATE TABLE IF NOT EXISTS journal.alerts
(
    alert_id     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raised_at    timestamptz NOT NULL,
    severity     text        NOT NULL CHECK (severity IN ('Info', 'Warning', 'Error', 'Critical')),
    category     text        NOT NULL,
    trading_date date        NULL,
    code         text        NULL,
    message      text        NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_alerts_raised ON journal.alerts (raised_at);

-- Performance statistics per period (strategy.md §9): derived data, recomputed and replaced.
CREATE TABLE IF NOT EXISTS journal.daily_statistics
(
    period_kind     text        NOT NULL CHECK (period_kind IN ('Day', 'Week', 'Month', 'All')),
    period_start    date        NOT NULL,
    sessions        integer     NOT NULL CHECK (sessions >= 0),
    trades          integer     NOT NULL CHECK (trades >= 0),
    wins            integer     NOT NULL CHECK (wins >= 0 AND wins <= trades),
    net_pnl         numeric     NOT NULL,
    return_on_budget numeric    NOT NULL,
    max_drawdown    numeric     NOT NULL,
    details         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    computed_at     timestamptz NOT NULL,
    PRIMARY KEY (period_kind, period_start)
);

-- Every state change of every grain, in order (what the `events` stream published).
CREATE TABLE IF NOT EXISTS journal.events
(
    sequence     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    stream       text        NOT NULL CHECK (stream <> ''),
    subject      text        NOT NULL,
    event_type   text        NOT NULL CHECK (event_type <> ''),
    trading_date date        NULL,
    payload      jsonb       NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_events_subject ON journal.events (stream, subject, sequence);
CREATE INDEX IF NOT EXISTS ix_events_date ON journal.events (trading_date, sequence) WHERE trading_date IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Append-only enforcement

CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.session_state_changes
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_runs
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_inputs
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_attempts
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_candidates
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_exclusions
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.screening_allocations
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.after_hours_checkpoints
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.after_hours_observations
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.orders
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.order_submissions
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.order_state_changes
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.fills
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.exits
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.account_snapshots
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.alerts
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON journal.events
    FOR EACH ROW EXECUTE FUNCTION journal.forbid_change();
