SELECT count(*) FROM ingest_runs
