-- Defaced and backdoored domestic sites (site = FQDN), government ones by the ingest-time column, and the
-- distinct backdoor controllers (destination IP) known and located abroad.
SELECT COUNT(DISTINCT CASE WHEN kind = 'defacement' THEN site END) AS defaced,
       COUNT(DISTINCT CASE WHEN kind = 'defacement' AND government = TRUE THEN site END) AS defaced_gov,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' THEN site END) AS backdoored,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' AND government = TRUE THEN site END) AS backdoored_gov,
       COUNT(DISTINCT CASE WHEN kind = 'backdoor' THEN destination_ip END) AS controllers,
       COUNT(DISTINCT CASE
           WHEN kind = 'backdoor' AND destination_geolocation_cc IS NOT NULL
                AND destination_geolocation_cc <> :home THEN destination_ip
       END) AS controllers_abroad
FROM events
WHERE kind IN ('defacement', 'backdoor')
  AND domestic = TRUE
  AND site IS NOT NULL
  AND time_source >= :start AND time_source < :end
