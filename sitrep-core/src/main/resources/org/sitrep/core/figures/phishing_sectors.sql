-- Phishing pages targeting domestic sites by targeted sector (null = not known), in the week (week_index 1) and the
-- week before (0).
SELECT week_index, LOWER(target_sector) AS item, COUNT(DISTINCT source_url) AS total
FROM (
    SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index, target_sector, source_url
    FROM events
    WHERE kind = 'phishing'
      AND target_domestic = TRUE
      AND source_url IS NOT NULL
      AND time_source >= :previous_start AND time_source < :end
) pages
GROUP BY week_index, LOWER(target_sector)
