-- KisTrader's Orleans ADO.NET schema, part 3: grain state (Microsoft.Orleans.Persistence.AdoNet 10.4.2).
--
-- Contract (from the 10.4.2 provider): a grain is identified by @GrainIdHash, @GrainIdN0, @GrainIdN1,
-- @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString (NULL for keys without a string part) and @ServiceId.
-- The state is opaque bytes in @PayloadBinary (the configured IGrainStorageSerializer's output; the 10.4.2 provider
-- writes and reads only PayloadBinary). @GrainStateVersion is the ETag the grain holds (NULL before the first write).
--   ReadFromStorageKey  -> columns payloadbinary, version (no row: the grain starts from a new state)
--   WriteToStorageKey   -> column newgrainstateversion: the new version, or the unchanged/NULL version on a
--                          conflict, which the provider turns into an InconsistentStateException
--   ClearStorageKey     -> first column: the new version (payload set to NULL, row kept)
--   DeleteStorageKey    -> first column: a value different from the held version when the row was deleted
--                          (used when DeleteStateOnClear = true)
-- Unlike a hand-rolled "WHERE NOT EXISTS" insert, the unique constraint makes the first write of a grain safe
-- against two activations racing (split brain): exactly one insert wins.

CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL DEFAULT now(),
    version                integer      NOT NULL,
    CONSTRAINT uq_orleansstorage_grain UNIQUE NULLS NOT DISTINCT
        (grainidhash, graintypehash, grainidn0, grainidn1, graintypestring, grainidextensionstring, serviceid)
);

CREATE OR REPLACE FUNCTION orleans_write_to_storage(
    p_grainidhash integer, p_grainidn0 bigint, p_grainidn1 bigint, p_graintypehash integer,
    p_graintypestring text, p_grainidextensionstring text, p_serviceid text, p_grainstateversion integer,
    p_payloadbinary bytea)
    RETURNS TABLE (newgrainstateversion integer)
    LANGUAGE plpgsql
AS $fn$
DECLARE
    written integer;
BEGIN
    IF p_grainstateversion IS NOT NULL THEN
        UPDATE orleansstorage
        SET payloadbinary = p_payloadbinary, modifiedon = now(), version = version + 1
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND graintypestring = p_graintypestring
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND serviceid = p_serviceid
          AND version = p_grainstateversion;
        GET DIAGNOSTICS written = ROW_COUNT;
        -- On a conflict the same version goes back: the provider reports it as inconsistent state.
        RETURN QUERY SELECT CASE WHEN written > 0 THEN p_grainstateversion + 1 ELSE p_grainstateversion END;
    ELSE
        INSERT INTO orleansstorage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid,
             payloadbinary, modifiedon, version)
        VALUES
            (p_grainidhash, p_grainidn0, p_grainidn1, p_graintypehash, p_graintypestring, p_grainidextensionstring,
             p_serviceid, p_payloadbinary, now(), 1)
        ON CONFLICT ON CONSTRAINT uq_orleansstorage_grain DO NOTHING;
        GET DIAGNOSTICS written = ROW_COUNT;
        -- NULL when another writer got there first: the provider reports it as inconsistent state.
        RETURN QUERY SELECT CASE WHEN written > 0 THEN 1 ELSE NULL::integer END;
    END IF;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
    SELECT payloadbinary, version
    FROM orleansstorage
    WHERE grainidhash = @GrainIdHash::integer
      AND graintypehash = @GrainTypeHash::integer
      AND grainidn0 = @GrainIdN0::bigint
      AND grainidn1 = @GrainIdN1::bigint
      AND graintypestring = @GrainTypeString::text
      AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::text
      AND serviceid = @ServiceId::text;
$q$),

('WriteToStorageKey', $q$
    SELECT newgrainstateversion
    FROM orleans_write_to_storage(
        @GrainIdHash::integer, @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeHash::integer,
        @GrainTypeString::text, @GrainIdExtensionString::text, @ServiceId::text, @GrainStateVersion::integer,
        @PayloadBinary::bytea);
$q$),

('ClearStorageKey', $q$
    UPDATE orleansstorage
    SET payloadbinary = NULL, modifiedon = now(), version = version + 1
    WHERE grainidhash = @GrainIdHash::integer
      AND graintypehash = @GrainTypeHash::integer
      AND grainidn0 = @GrainIdN0::bigint
      AND grainidn1 = @GrainIdN1::bigint
      AND graintypestring = @GrainTypeString::text
      AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::text
      AND serviceid = @ServiceId::text
      AND version = @GrainStateVersion::integer
    RETURNING version AS newgrainstateversion;
$q$),

('DeleteStorageKey', $q$
    DELETE FROM orleansstorage
    WHERE grainidhash = @GrainIdHash::integer
      AND graintypehash = @GrainTypeHash::integer
      AND grainidn0 = @GrainIdN0::bigint
      AND grainidn1 = @GrainIdN1::bigint
      AND graintypestring = @GrainTypeString::text
      AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::text
      AND serviceid = @ServiceId::text
      AND version = @GrainStateVersion::integer
    RETURNING version + 1 AS newgrainstateversion;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
