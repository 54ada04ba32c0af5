-- How much is recorded in each of 13 weeks (bounds week_0 .. week_13, dates day_0 .. day_13): events,
-- vulnerabilities published, cases reported and cases closed (a case reported and closed in one week counts twice;
-- only "anything at all" is read).
SELECT week_index, SUM(records) AS records
FROM (
    SELECT week_index, COUNT(*) AS records
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
               END AS week_index
        FROM events
        WHERE time_source >= :week_0 AND time_source < :week_13
    ) recorded_events
    GROUP BY week_index
    UNION ALL
    SELECT week_index, COUNT(*) AS records
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
               END AS week_index
        FROM vulnerabilities
        WHERE published >= :day_0 AND published < :day_13
    ) published
    GROUP BY week_index
    UNION ALL
    SELECT week_index, COUNT(*) AS records
    FROM (
        SELECT CASE
                   WHEN reported_at < :week_1 THEN 0
                   WHEN reported_at < :week_2 THEN 1
                   WHEN reported_at < :week_3 THEN 2
                   WHEN reported_at < :week_4 THEN 3
                   WHEN reported_at < :week_5 THEN 4
                   WHEN reported_at < :week_6 THEN 5
                   WHEN reported_at < :week_7 THEN 6
                   WHEN reported_at < :week_8 THEN 7
                   WHEN reported_at < :week_9 THEN 8
                   WHEN reported_at < :week_10 THEN 9
                   WHEN reported_at < :week_11 THEN 10
                   WHEN reported_at < :week_12 THEN 11
                   ELSE 12
               END AS week_index
        FROM cases
        WHERE reported_at >= :week_0 AND reported_at < :week_13
    ) reported
    GROUP BY week_index
    UNION ALL
    SELECT week_index, COUNT(*) AS records
    FROM (
        SELECT CASE
                   WHEN closed_at < :week_1 THEN 0
                   WHEN closed_at < :week_2 THEN 1
                   WHEN closed_at < :week_3 THEN 2
                   WHEN closed_at < :week_4 THEN 3
                   WHEN closed_at < :week_5 THEN 4
                   WHEN closed_at < :week_6 THEN 5
                   WHEN closed_at < :week_7 THEN 6
                   WHEN closed_at < :week_8 THEN 7
                   WHEN closed_at < :week_9 THEN 8
                   WHEN closed_at < :week_10 THEN 9
                   WHEN closed_at < :week_11 THEN 10
                   WHEN closed_at < :week_12 THEN 11
                   ELSE 12
               END AS week_index
        FROM cases
        WHERE closed_at >= :week_0 AND closed_at < :week_13
    ) closed
    GROUP BY week_index
) recorded
GROUP BY week_index
