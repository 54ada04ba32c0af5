-- Infected hosts in each of 13 weeks (week_index 0 = oldest, 12 = the last; bounds week_0 .. week_13): distinct
-- domestic source IPs of infected events; worm_hosts are those with at least one event of a worm family in that
-- week (the worms parameter is the list written as ',conficker,downadup,'), the rest are trojan/bot.
-- One scan of the 13 weeks groups the events by host alone, collecting the weeks the host was seen in (and seen
-- with a worm family in) as the bits of an integer, week i = 2^i; each week then counts the hosts with its bit set.
-- Grouping by host keeps the hash table to the distinct hosts of the span, not the distinct (week, host) pairs.
SELECT weeks.week_index,
       COUNT(*) AS infected_hosts,
       SUM(CASE WHEN (hosts.worm_weeks & weeks.week_bit) <> 0 THEN 1 ELSE 0 END) AS worm_hosts
FROM (
    SELECT source_ip, BIT_OR(week_bit) AS seen_weeks, BIT_OR(worm * week_bit) AS worm_weeks
    FROM (
        SELECT source_ip,
               CASE
                       WHEN time_source < :week_1 THEN 1
                       WHEN time_source < :week_2 THEN 2
                       WHEN time_source < :week_3 THEN 4
                       WHEN time_source < :week_4 THEN 8
                       WHEN time_source < :week_5 THEN 16
                       WHEN time_source < :week_6 THEN 32
                       WHEN time_source < :week_7 THEN 64
                       WHEN time_source < :week_8 THEN 128
                       WHEN time_source < :week_9 THEN 256
                       WHEN time_source < :week_10 THEN 512
                       WHEN time_source < :week_11 THEN 1024
                       WHEN time_source < :week_12 THEN 2048
                       ELSE 4096
                   END AS week_bit,
               CASE WHEN POSITION(',' || LOWER(classification_identifier) || ',' IN :worms) > 0 THEN 1 ELSE 0 END
                   AS worm
        FROM events
        WHERE kind = 'infected'
          AND domestic = TRUE
          AND source_ip IS NOT NULL
          AND time_source >= :week_0 AND time_source < :week_13
    ) infected
    GROUP BY source_ip
) hosts
JOIN (
    VALUES
        (0, 1),
        (1, 2),
        (2, 4),
        (3, 8),
        (4, 16),
        (5, 32),
        (6, 64),
        (7, 128),
        (8, 256),
        (9, 512),
        (10, 1024),
        (11, 2048),
        (12, 4096)
) AS weeks (week_index, week_bit)
  ON (hosts.seen_weeks & weeks.week_bit) <> 0
GROUP BY weeks.week_index
