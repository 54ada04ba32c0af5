SELECT DISTINCT date_trunc('hour', time_source) FROM events WHERE ingest_run IN (SELECT id FROM ingest_runs WHERE status IN ('running', 'interrupted'))
