-- Infected hosts by province in the week (week_index 1) and the week before (0): domestic only, a host counted
-- once per province it was seen in.
SELECT week_index, source_geolocation_region AS item, COUNT(DISTINCT source_ip) AS total
FROM (
    SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index, source_geolocation_region, source_ip
    FROM events
    WHERE kind = 'infected'
      AND domestic = TRUE
      AND source_ip IS NOT NULL
      AND time_source >= :previous_start AND time_source < :end
) infected
GROUP BY week_index, source_geolocation_region
