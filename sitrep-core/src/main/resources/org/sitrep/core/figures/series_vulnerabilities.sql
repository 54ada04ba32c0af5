-- Vulnerabilities published in each of 13 weeks (dates day_0 .. day_13, Monday to Sunday); critical counts as high;
-- unrated = no severity recorded; severe_exploited = CVSS 9.0 or more and known exploited or zero-day (rating.md).
SELECT week_index,
       COUNT(*) AS total,
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
FROM (
    SELECT CASE
               WHEN published < :day_1 THEN 0
               WHEN published < :day_2 THEN 1
               WHEN published < :day_3 THEN 2
               WHEN published < :day_4 THEN 3
               WHEN published < :day_5 THEN 4
               WHEN published < :day_6 THEN 5
               WHEN published < :day_7 THEN 6
               WHEN published < :day_8 THEN 7
               WHEN published < :day_9 THEN 8
               WHEN published < :day_10 THEN 9
               WHEN published < :day_11 THEN 10
               WHEN published < :day_12 THEN 11
               ELSE 12
           END AS week_index,
           severity, zero_day, remote, known_exploited, cvss_score
    FROM vulnerabilities
    WHERE published >= :day_0 AND published < :day_13
) published
GROUP BY week_index
