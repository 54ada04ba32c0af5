-- Defaced and backdoored domestic sites by the ending of their name: .gov.cn, .com, .net, .org, other
-- (.com.cn, .net.cn and .org.cn are "other": the kinds are the generic TLDs and the government suffix).
SELECT kind,
       CASE
           WHEN LOWER(site) LIKE '%.gov.cn' OR LOWER(site) = 'gov.cn' THEN 'gov.cn'
           WHEN LOWER(site) LIKE '%.com' THEN 'com'
           WHEN LOWER(site) LIKE '%.net' THEN 'net'
           WHEN LOWER(site) LIKE '%.org' THEN 'org'
           ELSE 'other'
       END AS item,
       COUNT(DISTINCT site) AS total
FROM events
WHERE kind IN ('defacement', 'backdoor')
  AND domestic = TRUE
  AND site IS NOT NULL
  AND time_source >= :start AND time_source < :end
GROUP BY kind,
         CASE
             WHEN LOWER(site) LIKE '%.gov.cn' OR LOWER(site) = 'gov.cn' THEN 'gov.cn'
             WHEN LOWER(site) LIKE '%.com' THEN 'com'
             WHEN LOWER(site) LIKE '%.net' THEN 'net'
             WHEN LOWER(site) LIKE '%.org' THEN 'org'
             ELSE 'other'
         END
