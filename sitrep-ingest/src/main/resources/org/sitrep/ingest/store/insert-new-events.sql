-- One row per dedup key of the batch, none the store already holds.
INSERT INTO events SELECT DISTINCT ON (dedup_key) * FROM events_staging ON CONFLICT DO NOTHING
