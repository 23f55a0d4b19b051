-- KisTrader web front end: API keys (issue 11), in schema `journal` next to the trading journal.
--
-- Applied once by DatabaseMigrator. A key itself is never stored: only its lookup id (the first 16 hex digits of the
-- key's SHA-256, which says nothing useful about a random key of 32 bytes) and a PBKDF2/SHA-256 hash with its own salt.
-- Keys are revoked, never deleted, so that what a key did stays attributable.

CREATE TABLE IF NOT EXISTS journal.api_keys
(
    key_id      text        PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{16}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    role        text        NOT NULL CHECK (role IN ('Viewer', 'Trader')),
    salt        bytea       NOT NULL CHECK (length(salt) >= 16),
    hash        bytea       NOT NULL CHECK (length(hash) >= 32),
    iterations  integer     NOT NULL CHECK (iterations >= 10000),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz NULL
);
