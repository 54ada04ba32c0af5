-- Cases handled in the week: closed in the week as resolved (rejected cases were closed without handling).
SELECT COUNT(*) AS handled,
       SUM(CASE WHEN cross_border = TRUE THEN 1 ELSE 0 END) AS cross_border
FROM cases
WHERE status = 'resolved'
  AND closed_at >= :start AND closed_at < :end
