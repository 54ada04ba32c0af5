-- Drop-site domains by top-level domain in the week (week_index 1) and the week before (0).
SELECT week_index, LOWER(tld) AS item, COUNT(DISTINCT registered_domain) AS total
FROM (
    SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index, tld, registered_domain
    FROM events
    WHERE kind = 'drop-site'
      AND ip_literal = FALSE
      AND registered_domain IS NOT NULL
      AND time_source >= :previous_start AND time_source < :end
) drop_sites
GROUP BY week_index, LOWER(tld)
