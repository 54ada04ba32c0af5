-- Cases handled in the week by type.
SELECT type AS item, COUNT(*) AS total
FROM cases
WHERE status = 'resolved'
  AND closed_at >= :start AND closed_at < :end
GROUP BY type
ORDER BY total DESC, item
