-- The hours (UTC, as the TIMESTAMP columns hold them) in which events happened or cases were reported or closed:
-- few rows however many records, bucketed into weeks of the configured zone by the caller.
SELECT DISTINCT date_trunc('hour', time_source) AS hour FROM events
UNION
SELECT DISTINCT date_trunc('hour', reported_at) AS hour FROM cases
UNION
SELECT DISTINCT date_trunc('hour', closed_at) AS hour FROM cases WHERE closed_at IS NOT NULL
