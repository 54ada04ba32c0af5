-- Phishing cases handled in the week by targeted sector (null = not known).
SELECT LOWER(sector) AS item, COUNT(*) AS total
FROM cases
WHERE status = 'resolved'
  AND type = 'phishing'
  AND closed_at >= :start AND closed_at < :end
GROUP BY LOWER(sector)
ORDER BY total DESC, item
