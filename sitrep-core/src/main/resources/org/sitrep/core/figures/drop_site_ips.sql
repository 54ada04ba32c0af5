-- Drop-site IPs in the week (week_index 1) and the week before (0): distinct source IPs; abroad = located in a known
-- country other than home (in any of its events); direct = the URL's host is the IP itself (in any of its events).
-- Each IP is grouped once per week with its two flags, then counted.
SELECT week_index, COUNT(*) AS ips, SUM(abroad) AS abroad, SUM(direct) AS direct
FROM (
    SELECT week_index, source_ip, MAX(abroad) AS abroad, MAX(direct) AS direct
    FROM (
        SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index,
               source_ip,
               CASE WHEN source_geolocation_cc IS NOT NULL AND source_geolocation_cc <> :home THEN 1 ELSE 0 END
                   AS abroad,
               CASE WHEN ip_literal = TRUE THEN 1 ELSE 0 END AS direct
        FROM events
        WHERE kind = 'drop-site'
          AND source_ip IS NOT NULL
          AND time_source >= :previous_start AND time_source < :end
    ) drop_sites
    GROUP BY week_index, source_ip
) ips
GROUP BY week_index
