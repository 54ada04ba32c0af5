-- Drop-site domains in the week (week_index 1) and the week before (0): registered domains of URLs whose host is a
-- name (not an IP literal). Each domain is classified once per week by its registrar country (home, abroad = known
-- and not home, unknown) and its TLD.
SELECT week_index,
       COUNT(*) AS domains,
       SUM(CASE WHEN registrar_cc IS NOT NULL AND registrar_cc <> :home THEN 1 ELSE 0 END) AS abroad,
       SUM(CASE WHEN registrar_cc = :home THEN 1 ELSE 0 END) AS home,
       SUM(CASE WHEN registrar_cc IS NULL THEN 1 ELSE 0 END) AS unknown_registrar,
       SUM(CASE WHEN tld = 'com' THEN 1 ELSE 0 END) AS com
FROM (
    SELECT week_index, registered_domain, MAX(UPPER(registrar_cc)) AS registrar_cc, MAX(LOWER(tld)) AS tld
    FROM (
        SELECT CASE WHEN time_source >= :start THEN 1 ELSE 0 END AS week_index, registered_domain, registrar_cc, tld
        FROM events
        WHERE kind = 'drop-site'
          AND ip_literal = FALSE
          AND registered_domain IS NOT NULL
          AND time_source >= :previous_start AND time_source < :end
    ) drop_sites
    GROUP BY week_index, registered_domain
) domains
GROUP BY week_index
