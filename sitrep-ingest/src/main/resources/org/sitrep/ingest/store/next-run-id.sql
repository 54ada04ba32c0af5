SELECT coalesce(max(id), 0) + 1 FROM ingest_runs
