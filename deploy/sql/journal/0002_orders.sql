-- KisTrader trading journal, version 2 (issue 10, orders): the order tables of 0001 widened to the order grain's
-- vocabulary. Enumerations stay the C# member names (OrderPurpose, OrderState, the KIS client's OrderOutcome).
--
-- * purpose: a person's order through the API is 'Manual'.
-- * order_state_changes.state: the OrderState names (Intent, Submitting, OutcomeUnknown, Ambiguous are new; the old
--   names stay allowed so nothing written before is invalid).
-- * order_submissions.outcome: the client's outcomes 'NotSent' and 'Unknown' (sent, no answer) join the old names.
-- * orders.trading_date no longer references journal.sessions: a manual order (or an exit on D+1, whose session row is
--   the entry day's) need not have a screening session of its own date.

ALTER TABLE journal.orders DROP CONSTRAINT IF EXISTS orders_purpose_check;
ALTER TABLE journal.orders ADD CONSTRAINT orders_purpose_check CHECK (purpose IN ('Entry', 'Exit', 'Manual'));
ALTER TABLE journal.orders DROP CONSTRAINT IF EXISTS orders_trading_date_fkey;

ALTER TABLE journal.order_state_changes DROP CONSTRAINT IF EXISTS order_state_changes_state_check;
ALTER TABLE journal.order_state_changes ADD CONSTRAINT order_state_changes_state_check
    CHECK (state IN ('Intent', 'Submitting', 'Accepted', 'PartiallyFilled', 'Filled', 'Rejected', 'Cancelled',
                     'Expired', 'OutcomeUnknown', 'Ambiguous',
                     'Pending', 'Submitted', 'CancelRequested', 'Replaced', 'Failed'));

ALTER TABLE journal.order_submissions DROP CONSTRAINT IF EXISTS order_submissions_outcome_check;
ALTER TABLE journal.order_submissions ADD CONSTRAINT order_submissions_outcome_check
    CHECK (outcome IN ('Accepted', 'Rejected', 'NotSent', 'Unknown', 'Failed', 'TimedOut'));
