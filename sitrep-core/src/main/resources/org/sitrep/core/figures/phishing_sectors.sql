-- Phishing pages targeting domestic sites by targeted sector (null = not known).
SELECT LOWER(target_sector) AS item, COUNT(DISTINCT source_url) AS total
FROM events
WHERE kind = 'phishing'
  AND target_domestic = TRUE
  AND source_url IS NOT NULL
  AND time_source >= :start AND time_source < :end
GROUP BY LOWER(target_sector)
ORDER BY total DESC, item
