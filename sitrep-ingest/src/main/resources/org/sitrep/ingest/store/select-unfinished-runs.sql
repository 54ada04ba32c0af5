SELECT id, file, digest, started_at FROM ingest_runs WHERE status IN ('running', 'interrupted') ORDER BY id
