-- Issue 10, positions (the position grain writes journal.positions and journal.exits).
-- * exits.reason holds the C# ExitReason names like every other enumeration (0001's header); 0001 listed 'FlatRange' and
--   'Forced', so the check now accepts the C# names 'FlatRangeExit' and 'ForcedExit' as well (the old names stay valid
--   for any row written before; exits is append-only, rows are never rewritten).
-- * exits.client_order_id: the sell order's client id, the row's identity (a retried write is a no-op); order_id stays
--   the link to journal.orders when that row exists.
-- * exits.return_ratio may be NULL: a flatten or a forced market exit can be decided before any price of the day.
ALTER TABLE journal.exits ADD COLUMN IF NOT EXISTS client_order_id text NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ux_exits_client_order_id ON journal.exits (client_order_id) WHERE client_order_id IS NOT NULL;
ALTER TABLE journal.exits ALTER COLUMN return_ratio DROP NOT NULL;
ALTER TABLE journal.exits DROP CONSTRAINT IF EXISTS exits_reason_check;
ALTER TABLE journal.exits ADD CONSTRAINT exits_reason_check
    CHECK (reason IN ('TakeProfit', 'PartialTakeProfit', 'StopLoss', 'FlatRangeExit', 'ForcedExit', 'Manual', 'FlatRange', 'Forced'));
