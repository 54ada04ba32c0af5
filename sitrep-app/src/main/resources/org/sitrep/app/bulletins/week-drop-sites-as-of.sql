SELECT DISTINCT source_url, registered_domain, source_ip, ip_literal
FROM events
WHERE kind = 'drop-site' AND time_source >= ? AND time_source < ?
  AND ingest_run IN (SELECT id FROM ingest_runs WHERE started_at < ?)
