-- Cases handled in the week by the kind of partner coordinated: a case counts once per kind it involved.
SELECT p.kind AS item, COUNT(DISTINCT c.id) AS total
FROM cases c
JOIN case_partners p ON p.case_id = c.id
WHERE c.status = 'resolved'
  AND c.closed_at >= :start AND c.closed_at < :end
GROUP BY p.kind
ORDER BY total DESC, item
