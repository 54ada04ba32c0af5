-- The week's drop sites as published: only TLP:CLEAR events and, when the third parameter is true, events without
-- a TLP label (TLP 2.0; WHITE is stored as CLEAR). Parameters: week start, week end (UTC, end exclusive), unmarked.
SELECT DISTINCT source_url, registered_domain, source_ip, ip_literal
FROM events
WHERE kind = 'drop-site' AND time_source >= ? AND time_source < ?
  AND (tlp = 'CLEAR' OR (tlp IS NULL AND ?))
