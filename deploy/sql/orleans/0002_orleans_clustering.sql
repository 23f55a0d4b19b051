-- KisTrader's Orleans ADO.NET schema, part 2: cluster membership (Microsoft.Orleans.Clustering.AdoNet 10.4.2).
--
-- Contract (from the 10.4.2 provider): every query gets @DeploymentId (= ClusterOptions.ClusterId); a silo is
-- identified by @Address (text), @Port and @Generation; @Status is the SiloStatus number (3 = Active, 6 = Dead);
-- @Version is the membership table version the caller read (its optimistic-concurrency token). Insert and update
-- return one column, > 0 on success and 0 when the version moved on (the caller then re-reads and retries).
-- Reads return the version row even when no silo row matches (LEFT JOIN), because the provider takes the table
-- version from it. Parameters are cast explicitly: a NULL parameter arrives untyped.

-- One row per cluster: the table version that every membership change bumps.
CREATE TABLE IF NOT EXISTS orleansmembershipversiontable
(
    deploymentid varchar(150) NOT NULL,
    timestamp    timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable_deploymentid PRIMARY KEY (deploymentid)
);

-- One row per silo instance (address, port, generation) and cluster.
CREATE TABLE IF NOT EXISTS orleansmembershiptable
(
    deploymentid varchar(150) NOT NULL,
    address      varchar(45)  NOT NULL,
    port         integer      NOT NULL,
    generation   integer      NOT NULL,
    siloname     varchar(150) NOT NULL,
    hostname     varchar(150) NOT NULL,
    status       integer      NOT NULL,
    proxyport    integer      NOT NULL DEFAULT 0,
    suspecttimes text         NULL,
    starttime    timestamptz  NOT NULL,
    iamalivetime timestamptz  NOT NULL,
    CONSTRAINT pk_membershiptable_deploymentid PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_membershiptable_membershipversiontable_deploymentid
        FOREIGN KEY (deploymentid) REFERENCES orleansmembershipversiontable (deploymentid)
);

-- Inserts a silo row and bumps the table version, both or neither. The insert goes first so that a duplicate silo
-- changes nothing; a stale version then undoes the insert (the exception block is a subtransaction).
CREATE OR REPLACE FUNCTION orleans_insert_membership(
    p_deploymentid text, p_address text, p_port integer, p_generation integer, p_siloname text, p_hostname text,
    p_status integer, p_proxyport integer, p_starttime timestamptz, p_iamalivetime timestamptz, p_version integer)
    RETURNS integer
    LANGUAGE plpgsql
AS $fn$
DECLARE
    changed integer;
BEGIN
    BEGIN
        INSERT INTO orleansmembershiptable
            (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
        VALUES
            (p_deploymentid, p_address, p_port, p_generation, p_siloname, p_hostname, p_status,
             COALESCE(p_proxyport, 0), p_starttime, p_iamalivetime)
        ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed = 0 THEN
            RETURN 0;
        END IF;

        UPDATE orleansmembershipversiontable
        SET version = version + 1, timestamp = now()
        WHERE deploymentid = p_deploymentid AND version = p_version;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'KT001', MESSAGE = 'membership version moved on';
        END IF;
        RETURN 1;
    EXCEPTION
        WHEN SQLSTATE 'KT001' THEN
            RETURN 0;
    END;
END
$fn$;

-- Updates a silo row and bumps the table version, both or neither.
CREATE OR REPLACE FUNCTION orleans_update_membership(
    p_deploymentid text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspecttimes text, p_iamalivetime timestamptz, p_version integer)
    RETURNS integer
    LANGUAGE plpgsql
AS $fn$
DECLARE
    changed integer;
BEGIN
    BEGIN
        UPDATE orleansmembershipversiontable
        SET version = version + 1, timestamp = now()
        WHERE deploymentid = p_deploymentid AND version = p_version;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed = 0 THEN
            RETURN 0;
        END IF;

        UPDATE orleansmembershiptable
        SET status = p_status, suspecttimes = p_suspecttimes, iamalivetime = p_iamalivetime
        WHERE deploymentid = p_deploymentid AND address = p_address AND port = p_port AND generation = p_generation;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'KT001', MESSAGE = 'no such silo row';
        END IF;
        RETURN 1;
    EXCEPTION
        WHEN SQLSTATE 'KT001' THEN
            RETURN 0;
    END;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO orleansmembershipversiontable (deploymentid)
        VALUES (@DeploymentId::text)
        ON CONFLICT (deploymentid) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM inserted;
$q$),

('InsertMembershipKey', $q$
    SELECT orleans_insert_membership(
        @DeploymentId::text, @Address::text, @Port::integer, @Generation::integer, @SiloName::text,
        @HostName::text, @Status::integer, @ProxyPort::integer, @StartTime::timestamptz,
        @IAmAliveTime::timestamptz, @Version::integer) AS row_count;
$q$),

('UpdateMembershipKey', $q$
    SELECT orleans_update_membership(
        @DeploymentId::text, @Address::text, @Port::integer, @Generation::integer, @Status::integer,
        @SuspectTimes::text, @IAmAliveTime::timestamptz, @Version::integer) AS row_count;
$q$),

-- Heartbeat: deliberately does not bump the table version (the membership protocol treats it as a side channel).
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleansmembershiptable
    SET iamalivetime = @IAmAliveTime::timestamptz
    WHERE deploymentid = @DeploymentId::text
      AND address = @Address::text
      AND port = @Port::integer
      AND generation = @Generation::integer;
$q$),

('MembershipReadRowKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
           m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m
           ON m.deploymentid = v.deploymentid
          AND m.address = @Address::text
          AND m.port = @Port::integer
          AND m.generation = @Generation::integer
    WHERE v.deploymentid = @DeploymentId::text;
$q$),

('MembershipReadAllKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
           m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
    WHERE v.deploymentid = @DeploymentId::text;
$q$),

('GatewaysQueryKey', $q$
    SELECT address, proxyport, generation
    FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId::text
      AND status = @Status::integer
      AND proxyport > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId::text;
    DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId::text;
$q$),

-- Removes rows of silos declared Dead whose last heartbeat is older than the cutoff. Only Dead rows: a silo that is
-- merely late (Joining, Active, ShuttingDown) must stay visible to the membership protocol. The optional
-- CleanupDefunctSiloEntryKey is not installed on purpose: the 10.4.2 provider binds its timestamps as
-- DbType.DateTime, which Npgsql cannot write from the UTC values it reads, so the provider uses this query instead.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId::text
      AND iamalivetime < @IAmAliveTime::timestamptz
      AND status = 6;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
