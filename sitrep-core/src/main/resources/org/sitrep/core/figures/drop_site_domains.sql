-- Drop-site domains: registered domains of URLs whose host is a name (not an IP literal). Each domain is
-- classified once by its registrar country (home, abroad = known and not home, unknown) and its TLD.
SELECT COUNT(*) AS domains,
       SUM(CASE WHEN registrar_cc IS NOT NULL AND registrar_cc <> :home THEN 1 ELSE 0 END) AS abroad,
       SUM(CASE WHEN registrar_cc = :home THEN 1 ELSE 0 END) AS home,
       SUM(CASE WHEN registrar_cc IS NULL THEN 1 ELSE 0 END) AS unknown_registrar,
       SUM(CASE WHEN tld = 'com' THEN 1 ELSE 0 END) AS com
FROM (
    SELECT registered_domain, MAX(UPPER(registrar_cc)) AS registrar_cc, MAX(LOWER(tld)) AS tld
    FROM events
    WHERE kind = 'drop-site'
      AND ip_literal = FALSE
      AND registered_domain IS NOT NULL
      AND time_source >= :start AND time_source < :end
    GROUP BY registered_domain
) domains
