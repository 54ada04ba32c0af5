-- Incidents of the week: cases reported in the week and not rejected, by grade and infrastructure scope, with
-- how many of them are denial-of-service cases.
SELECT grade, infrastructure_scope, COUNT(*) AS total,
       SUM(CASE WHEN type = 'dos' THEN 1 ELSE 0 END) AS dos
FROM cases
WHERE status <> 'rejected'
  AND reported_at >= :start AND reported_at < :end
GROUP BY grade, infrastructure_scope
