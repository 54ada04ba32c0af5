DELETE FROM rejects WHERE run_id IN (SELECT id FROM ingest_runs WHERE digest = ? AND id <> ? AND status IN ('running', 'interrupted', 'failed'))
