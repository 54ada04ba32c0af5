-- Vulnerabilities published in the week (dates, Monday to Sunday); critical counts as high; unrated = no
-- severity recorded; severe_exploited = CVSS 9.0 or more and known exploited or zero-day (rating.md).
SELECT COUNT(*) AS total,
       SUM(CASE WHEN LOWER(severity) IN ('critical', 'high') THEN 1 ELSE 0 END) AS high,
       SUM(CASE WHEN LOWER(severity) = 'medium' THEN 1 ELSE 0 END) AS medium,
       SUM(CASE WHEN LOWER(severity) = 'low' THEN 1 ELSE 0 END) AS low,
       SUM(CASE WHEN severity IS NULL OR LOWER(severity) NOT IN ('critical', 'high', 'medium', 'low')
                THEN 1 ELSE 0 END) AS unrated,
       SUM(CASE WHEN zero_day = TRUE THEN 1 ELSE 0 END) AS zero_day,
       SUM(CASE WHEN remote = TRUE THEN 1 ELSE 0 END) AS remote,
       SUM(CASE WHEN known_exploited = TRUE THEN 1 ELSE 0 END) AS known_exploited,
       SUM(CASE WHEN cvss_score >= 9.0 AND (known_exploited = TRUE OR zero_day = TRUE) THEN 1 ELSE 0 END)
           AS severe_exploited
FROM vulnerabilities
WHERE published >= :first_day AND published < :next_first_day
