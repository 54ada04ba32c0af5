-- Infected hosts by province: domestic only, a host counted once per province it was seen in.
SELECT source_geolocation_region AS item, COUNT(DISTINCT source_ip) AS total
FROM events
WHERE kind = 'infected'
  AND domestic = TRUE
  AND source_ip IS NOT NULL
  AND time_source >= :start AND time_source < :end
GROUP BY source_geolocation_region
ORDER BY total DESC, item
