-- KisTrader's Orleans ADO.NET schema, part 4: durable reminders (Microsoft.Orleans.Reminders.AdoNet 10.4.2).
--
-- Contract (from the 10.4.2 provider): @ServiceId, @GrainId (the grain id as text), @ReminderName, @StartTime,
-- @Period (milliseconds, sent as int or bigint), @GrainHash (the grain's uniform hash as a signed int) and
-- @Version (the reminder's ETag). Reads return grainid, remindername, starttime, period (read as Int64) and version.
-- Range reads select the hash ring range (@BeginHash, @EndHash]: ReadRangeRows1Key when begin < end (signed),
-- ReadRangeRows2Key when the range wraps around. Upsert returns the new version; delete returns > 0 on success.

CREATE TABLE IF NOT EXISTS orleansreminderstable
(
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(512) NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    CONSTRAINT pk_reminderstable_serviceid_grainid_remindername PRIMARY KEY (serviceid, grainid, remindername)
);

-- Each silo reads the reminders of its hash-ring range at start-up and on membership changes.
CREATE INDEX IF NOT EXISTS ix_reminderstable_serviceid_grainhash ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $q$
    INSERT INTO orleansreminderstable (serviceid, grainid, remindername, starttime, period, grainhash, version)
    VALUES (@ServiceId::text, @GrainId::text, @ReminderName::text, @StartTime::timestamptz, @Period::bigint,
            @GrainHash::integer, 0)
    ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
        SET starttime = EXCLUDED.starttime,
            period = EXCLUDED.period,
            grainhash = EXCLUDED.grainhash,
            version = orleansreminderstable.version + 1
    RETURNING version;
$q$),

('ReadReminderRowsKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId::text
      AND grainid = @GrainId::text;
$q$),

('ReadReminderRowKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId::text
      AND grainid = @GrainId::text
      AND remindername = @ReminderName::text;
$q$),

('ReadRangeRows1Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId::text
      AND grainhash > @BeginHash::integer
      AND grainhash <= @EndHash::integer;
$q$),

('ReadRangeRows2Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId::text
      AND (grainhash > @BeginHash::integer OR grainhash <= @EndHash::integer);
$q$),

('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM orleansreminderstable
        WHERE serviceid = @ServiceId::text
          AND grainid = @GrainId::text
          AND remindername = @ReminderName::text
          AND version = @Version::integer
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
    DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId::text;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
