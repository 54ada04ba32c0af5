-- Infected hosts in each of 13 weeks (week 0 = oldest, 12 = the last; bounds week_0 .. week_13): distinct domestic
-- source IPs of infected events; worm_hosts are those with at least one event of a worm family in that week (the
-- worms parameter is the list written as ',conficker,downadup,'), the rest are trojan/bot. One scan of the 13
-- weeks; a host is grouped once per week, then the hosts are counted.
SELECT week_index, COUNT(*) AS infected_hosts, SUM(worm) AS worm_hosts
FROM (
    SELECT week_index, source_ip, MAX(worm) AS worm
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
               source_ip,
               CASE WHEN POSITION(',' || LOWER(classification_identifier) || ',' IN :worms) > 0 THEN 1 ELSE 0 END
                   AS worm
        FROM events
        WHERE kind = 'infected'
          AND domestic = TRUE
          AND source_ip IS NOT NULL
          AND time_source >= :week_0 AND time_source < :week_13
    ) infected
    GROUP BY week_index, source_ip
) hosts
GROUP BY week_index
