-- Drop-site domains by top-level domain.
SELECT LOWER(tld) AS item, COUNT(DISTINCT registered_domain) AS total
FROM events
WHERE kind = 'drop-site'
  AND ip_literal = FALSE
  AND registered_domain IS NOT NULL
  AND time_source >= :start AND time_source < :end
GROUP BY LOWER(tld)
ORDER BY total DESC, item
