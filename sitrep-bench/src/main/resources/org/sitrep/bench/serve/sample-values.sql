-- Values to search for under load, taken from the store: the latest event's time, the most frequent ASN, a /16
-- holding a frequent IPv4 source and a frequent registered domain.
SELECT (SELECT max(time_source) FROM events) AS latest,
       (SELECT source_asn FROM events WHERE source_asn IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS asn,
       (SELECT split_part(source_ip, '.', 1) || '.' || split_part(source_ip, '.', 2) || '.0.0/16'
        FROM events WHERE source_ip LIKE '%.%.%.%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS network,
       (SELECT registered_domain FROM events WHERE registered_domain IS NOT NULL
        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS domain
