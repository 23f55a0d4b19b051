-- KisTrader web front end: alert preferences per API key (issue 11), next to journal.api_keys.
--
-- Applied once by DatabaseMigrator. Current state, replaced when a dashboard saves new preferences: the categories its
-- connections join (signals, orders, fills, exits, risk, system) and the minimum price move (percent) of move alerts.

CREATE TABLE IF NOT EXISTS journal.alert_preferences
(
    key_id        text          PRIMARY KEY REFERENCES journal.api_keys (key_id),
    minimum_move  numeric(5, 2) NOT NULL CHECK (minimum_move BETWEEN 0 AND 30),
    categories    text[]        NOT NULL CHECK (categories <@ ARRAY['signals', 'orders', 'fills', 'exits', 'risk', 'system']::text[]),
    updated_at    timestamptz   NOT NULL
);
