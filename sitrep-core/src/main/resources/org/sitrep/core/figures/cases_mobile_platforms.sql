-- Mobile-malware cases handled in the week: the distinct app stores coordinated (by name).
SELECT COUNT(DISTINCT p.name) AS platforms
FROM cases c
JOIN case_partners p ON p.case_id = c.id
WHERE c.status = 'resolved'
  AND c.type = 'mobile-malware'
  AND p.kind = 'app-store'
  AND c.closed_at >= :start AND c.closed_at < :end
