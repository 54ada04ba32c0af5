-- The staged rows (one per dedup key: the writer drops a batch's own duplicates) whose key the store lacks.
INSERT INTO events SELECT * FROM events_staging ON CONFLICT DO NOTHING
