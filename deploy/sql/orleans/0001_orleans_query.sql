-- KisTrader's own Orleans ADO.NET schema for PostgreSQL, part 1: the query table.
--
-- The Microsoft.Orleans.*.AdoNet 10.4.2 packages ship no SQL. At start-up each provider reads
-- `SELECT QueryKey, QueryText FROM OrleansQuery` and from then on runs only those texts, binding parameters by
-- name (@DeploymentId, @GrainIdHash, ...) and reading result columns by name. The scripts in this folder create the
-- tables and the query texts the 10.4.2 providers need (clustering, grain storage, reminders), written for this
-- project and checked against the 10.4.2 assemblies by tests/KisTrader.Grains.Tests.
--
-- Applied once each, in file-name order, by DatabaseMigrator (journal table public.orleans_schema_versions), and
-- written to be harmless when run again by hand: IF NOT EXISTS, CREATE OR REPLACE, and query rows upserted.
-- Unquoted identifiers: PostgreSQL folds them to lower case, which is what the providers' unquoted SQL expects.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64)   NOT NULL,
    querytext varchar(8000) NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);

COMMENT ON TABLE orleansquery IS
    'Orleans ADO.NET providers: query key -> SQL text. Written by deploy/sql/orleans; do not edit by hand.';
