UPDATE ingest_runs SET status = 'superseded' WHERE digest = ? AND id <> ? AND status IN ('running', 'interrupted', 'failed')
