UPDATE ingest_runs
SET format = ?, finished_at = ?, read_count = ?, accepted_count = ?, duplicate_count = ?, skipped_count = ?, rejected_count = ?, status = ?
WHERE id = ?
