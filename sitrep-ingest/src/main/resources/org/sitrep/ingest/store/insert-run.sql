INSERT INTO ingest_runs (id, file, digest, format, started_at, read_count, accepted_count, duplicate_count, skipped_count, rejected_count, status)
VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 'running')
