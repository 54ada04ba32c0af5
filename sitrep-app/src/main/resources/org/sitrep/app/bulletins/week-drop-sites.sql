-- The week's drop sites as published: only TLP:CLEAR events and, when the third parameter is true, events without
-- a TLP label (TLP 2.0; WHITE is stored as CLEAR). For a published issue (fourth and fifth parameter, its
-- publication; NULL for a draft) only events of ingest runs started before the publication.
-- Parameters: week start, week end (UTC, end exclusive), unmarked, published at, published at.
SELECT DISTINCT source_url, registered_domain, source_ip, ip_literal
FROM events
WHERE kind = 'drop-site' AND time_source >= ? AND time_source < ?
  AND (tlp = 'CLEAR' OR (tlp IS NULL AND ?))
  AND (CAST(? AS TIMESTAMP) IS NULL OR ingest_run IN (SELECT id FROM ingest_runs WHERE started_at < ?))
