-- The week's drop sites as a published issue holds them: as week-drop-sites.sql (TLP:CLEAR and, when the third
-- parameter is true, unmarked events), and only events of ingest runs started before the publication (fourth).
SELECT DISTINCT source_url, registered_domain, source_ip, ip_literal
FROM events
WHERE kind = 'drop-site' AND time_source >= ? AND time_source < ?
  AND (tlp = 'CLEAR' OR (tlp IS NULL AND ?))
  AND ingest_run IN (SELECT id FROM ingest_runs WHERE started_at < ?)
