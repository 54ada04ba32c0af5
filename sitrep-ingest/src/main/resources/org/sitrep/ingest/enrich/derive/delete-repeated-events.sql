-- After re-keying: of the events that now share a key (one observation of one zone day), the earliest stays.
DELETE FROM events
WHERE rowid IN (
    SELECT row_id
    FROM (
        SELECT rowid AS row_id, ROW_NUMBER() OVER (PARTITION BY dedup_key ORDER BY time_source, rowid) AS n
        FROM events
        WHERE dedup_key IN (SELECT dedup_key FROM rekeyed_events)
    ) keyed
    WHERE n > 1
)
