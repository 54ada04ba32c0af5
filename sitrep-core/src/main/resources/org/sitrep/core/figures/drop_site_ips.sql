-- Drop-site IPs in the week (week_index 1) and the week before (0): distinct source IPs; abroad = located in a known
-- country other than home; direct = the URL's host is the IP itself.
SELECT week_index,
       COUNT(DISTINCT source_ip) AS ips,
       COUNT(DISTINCT CASE
           WHEN source_geolocation_cc IS NOT NULL AND source_geolocation_cc <> :home THEN source_ip
       END) AS abroad,
       COUNT(DISTINCT CASE WHEN ip_literal = TRUE THEN source_ip END) AS direct
FROM (
    SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index, source_ip, source_geolocation_cc, ip_literal
    FROM events
    WHERE kind = 'drop-site'
      AND source_ip IS NOT NULL
      AND time_source >= :previous_start AND time_source < :end
) drop_sites
GROUP BY week_index
