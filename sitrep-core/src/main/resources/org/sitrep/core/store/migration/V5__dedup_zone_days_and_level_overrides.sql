-- Schema version 5.
-- 1. The day of an event's dedup key is the week zone's day of time.source, no longer its UTC day
--    (docs/adr/008-dedup-key-zone-day.md). dedup_days says in which zone the stored keys were made: every store up
--    to version 4 made them by UTC day. Ingest re-keys the stored events to the configured zone's days before it
--    writes (it knows the zone, this script does not) and records here when, how many rows changed key and how
--    many of them turned out to repeat an observation of the same zone day and were removed.
CREATE TABLE dedup_days (
    zone        VARCHAR NOT NULL,
    rekeyed_at  TIMESTAMP,
    rekeyed     BIGINT NOT NULL,
    merged      BIGINT NOT NULL
);
INSERT INTO dedup_days (zone, rekeyed_at, rekeyed, merged) VALUES ('UTC', NULL, 0, 0);
-- 2. Analysts' overrides of the vulnerability threat level (spec/rating.md), kept like those of the rating
--    (docs/adr/003-assessment-overrides-table.md): every one is kept, the latest of a week applies, and the level
--    computed when it was made is kept beside it. Levels are stored by id (high, medium, low).
CREATE TABLE vulnerability_level_overrides (
    week            VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    analyst         VARCHAR NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    computed_level  VARCHAR
);
