-- The week's cases (reported in it, not rejected) by grade and infrastructure scope, with their DoS cases.
-- Parameters: week start, week end (UTC, end exclusive).
SELECT
    grade,
    infrastructure_scope,
    count(*) AS cases,
    count(*) FILTER (WHERE type = 'dos') AS dos_cases
FROM cases
WHERE reported_at >= ? AND reported_at < ? AND status <> 'rejected'
GROUP BY grade, infrastructure_scope
