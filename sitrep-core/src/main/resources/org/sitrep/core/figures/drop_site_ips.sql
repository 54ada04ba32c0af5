-- Drop-site IPs: distinct source IPs; abroad = located in a known country other than home; direct = the URL's
-- host is the IP itself.
SELECT COUNT(DISTINCT source_ip) AS ips,
       COUNT(DISTINCT CASE
           WHEN source_geolocation_cc IS NOT NULL AND source_geolocation_cc <> :home THEN source_ip
       END) AS abroad,
       COUNT(DISTINCT CASE WHEN ip_literal = TRUE THEN source_ip END) AS direct
FROM events
WHERE kind = 'drop-site'
  AND source_ip IS NOT NULL
  AND time_source >= :start AND time_source < :end
