-- Phishing pages whose imitated site is domestic in each of 13 weeks (bounds week_0 .. week_13): distinct URLs,
-- the registered domains hosting them (names only) and the IPs hosting them.
SELECT week_index,
       COUNT(DISTINCT source_url) AS pages,
       COUNT(DISTINCT CASE WHEN ip_literal = FALSE THEN registered_domain END) AS domains,
       COUNT(DISTINCT source_ip) AS ips
FROM (
    SELECT CASE
               WHEN time_source < :week_1 THEN 0
               WHEN time_source < :week_2 THEN 1
               WHEN time_source < :week_3 THEN 2
               WHEN time_source < :week_4 THEN 3
               WHEN time_source < :week_5 THEN 4
               WHEN time_source < :week_6 THEN 5
               WHEN time_source < :week_7 THEN 6
               WHEN time_source < :week_8 THEN 7
               WHEN time_source < :week_9 THEN 8
               WHEN time_source < :week_10 THEN 9
               WHEN time_source < :week_11 THEN 10
               WHEN time_source < :week_12 THEN 11
               ELSE 12
           END AS week_index,
           source_url, ip_literal, registered_domain, source_ip
    FROM events
    WHERE kind = 'phishing'
      AND target_domestic = TRUE
      AND source_url IS NOT NULL
      AND time_source >= :week_0 AND time_source < :week_13
) pages
GROUP BY week_index
