-- Defaced and backdoored domestic sites by the ending of their name, in the week (week_index 1) and the week before
-- (0): .gov.cn, .com, .net, .org, other (.com.cn, .net.cn and .org.cn are "other": the kinds are the generic TLDs
-- and the government suffix).
SELECT week_index, kind, item, COUNT(DISTINCT site) AS total
FROM (
    SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index,
           kind,
           CASE
               WHEN LOWER(site) LIKE '%.gov.cn' OR LOWER(site) = 'gov.cn' THEN 'gov.cn'
               WHEN LOWER(site) LIKE '%.com' THEN 'com'
               WHEN LOWER(site) LIKE '%.net' THEN 'net'
               WHEN LOWER(site) LIKE '%.org' THEN 'org'
               ELSE 'other'
           END AS item,
           site
    FROM events
    WHERE kind IN ('defacement', 'backdoor')
      AND domestic = TRUE
      AND site IS NOT NULL
      AND time_source >= :previous_start AND time_source < :end
) sites
GROUP BY week_index, kind, item
