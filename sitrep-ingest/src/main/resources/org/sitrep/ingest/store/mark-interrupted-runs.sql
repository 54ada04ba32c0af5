UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'
