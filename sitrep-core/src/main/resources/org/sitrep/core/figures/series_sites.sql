-- Defaced and backdoored domestic sites (site = FQDN) in each of 13 weeks (bounds week_0 .. week_13), government
-- ones by the ingest-time column, and the distinct backdoor controllers (destination IP) known and located abroad.
SELECT week_index,
       COUNT(DISTINCT CASE WHEN kind = 'defacement' THEN site END) AS defaced,
       COUNT(DISTINCT CASE WHEN kind = 'defacement' AND government = TRUE THEN site END) AS defaced_gov,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' THEN site END) AS backdoored,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' AND government = TRUE THEN site END) AS backdoored_gov,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' THEN destination_ip END) AS controllers,
       COUNT(DISTINCT CASE
           WHEN kind = 'backdoor' AND destination_geolocation_cc IS NOT NULL
                AND destination_geolocation_cc <> :home THEN destination_ip
       END) AS controllers_abroad
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
           kind, site, government, destination_ip, destination_geolocation_cc
    FROM events
    WHERE kind IN ('defacement', 'backdoor')
      AND domestic = TRUE
      AND site IS NOT NULL
      AND time_source >= :week_0 AND time_source < :week_13
) sites
GROUP BY week_index
