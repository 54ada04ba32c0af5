-- Trojan/bot hosts by province in the week (week_index 1) and the week before (0): domestic only, a host counted
-- once per province it was seen in. As in series_infected_hosts, a host with an event of a worm family in a week
-- (the worms parameter, written ',conficker,downadup,') is a worm host that week and is left out of the ranking,
-- which the bulletin captions as 木马或僵尸程序受控主机 (spec/bulletin.md §2).
SELECT week_index, source_geolocation_region AS item, COUNT(DISTINCT source_ip) AS total
FROM (
    SELECT week_index, source_geolocation_region, source_ip,
           MAX(worm) OVER (PARTITION BY week_index, source_ip) AS worm_host
    FROM (
        SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index,
               source_geolocation_region,
               source_ip,
               CASE WHEN POSITION(',' || LOWER(classification_identifier) || ',' IN :worms) > 0 THEN 1 ELSE 0 END
                   AS worm
        FROM events
        WHERE kind = 'infected'
          AND domestic = TRUE
          AND source_ip IS NOT NULL
          AND time_source >= :previous_start AND time_source < :end
    ) infected
) hosts
WHERE worm_host = 0
GROUP BY week_index, source_geolocation_region
