-- The facets of the events matching the filters: for each of kind, type, feed, country, province and ASN, the
-- 50 values with the most events (ties by value), in one scan, among the events of partner :partner's
-- constituency (never NULL here). The WHERE clause is search-partner-events.sql's.
SELECT facet, value, events FROM (
    SELECT CASE GROUPING(e.kind, e.classification_type, e.feed_name, e.source_geolocation_cc,
                         e.source_geolocation_region, e.source_asn)
               WHEN 31 THEN 'kind' WHEN 47 THEN 'type' WHEN 55 THEN 'feed' WHEN 59 THEN 'country'
               WHEN 61 THEN 'province' WHEN 62 THEN 'asn' END AS facet,
           coalesce(e.kind, e.classification_type, e.feed_name, e.source_geolocation_cc,
                    e.source_geolocation_region, CAST(e.source_asn AS VARCHAR)) AS value,
           count(*) AS events
    FROM events e
    WHERE (CAST(:from AS TIMESTAMP) IS NULL OR e.time_source >= :from)
      AND (CAST(:to AS TIMESTAMP) IS NULL OR e.time_source < :to)
      AND (CAST(:kind AS VARCHAR) IS NULL OR e.kind = :kind)
      AND (CAST(:type AS VARCHAR) IS NULL OR e.classification_type = :type)
      AND (CAST(:feed AS VARCHAR) IS NULL OR e.feed_name = :feed)
      AND (CAST(:country AS VARCHAR) IS NULL OR e.source_geolocation_cc = :country)
      AND (CAST(:province AS VARCHAR) IS NULL OR e.source_geolocation_region = :province)
      AND (CAST(:asn AS BIGINT) IS NULL OR e.source_asn = :asn)
      AND (CAST(:domain AS VARCHAR) IS NULL OR e.registered_domain = :domain OR e.source_fqdn = :domain
           OR ends_with(e.source_fqdn, '.' || :domain))
      AND (CAST(:ip AS VARCHAR) IS NULL OR e.source_ip = :ip)
      AND (CAST(:textPrefix AS VARCHAR) IS NULL OR starts_with(e.source_ip, :textPrefix))
      AND (CAST(:network AS VARCHAR) IS NULL OR starts_with(ip_bits(e.source_ip), :network))
      AND ((e.tlp IS NULL OR e.tlp <> 'RED') AND EXISTS (
           SELECT 1 FROM organisation_constituency c
           WHERE c.organisation_id = :partner
             AND ((c.kind = 'asn' AND e.source_asn = TRY_CAST(c.value AS BIGINT))
               OR (c.kind = 'country' AND e.source_geolocation_cc = c.value)
               OR (c.kind = 'domain' AND (e.registered_domain = c.value OR e.source_fqdn = c.value
                                          OR ends_with(e.source_fqdn, '.' || c.value)))
               OR (c.kind = 'cidr' AND starts_with(ip_bits(e.source_ip), left(ip_bits(split_part(c.value, '/', 1)),
                                          1 + TRY_CAST(split_part(c.value, '/', 2) AS INTEGER)))))))
    GROUP BY GROUPING SETS ((e.kind), (e.classification_type), (e.feed_name), (e.source_geolocation_cc),
                            (e.source_geolocation_region), (e.source_asn))
)
QUALIFY row_number() OVER (PARTITION BY facet ORDER BY events DESC, value NULLS LAST) <= 50
ORDER BY facet, events DESC, value NULLS LAST
