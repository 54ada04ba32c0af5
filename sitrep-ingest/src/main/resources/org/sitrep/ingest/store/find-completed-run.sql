SELECT id FROM ingest_runs WHERE digest = ? AND status = 'completed' ORDER BY id LIMIT 1
