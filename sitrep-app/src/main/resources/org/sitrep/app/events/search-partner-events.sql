-- search-events.sql for a partner user: only the events of the constituency of organisation :partner (never
-- NULL here), and none marked TLP:RED (docs/adr/014-partner-scoping.md).
SELECT e.dedup_key, e.time_source, e.feed_name, e.classification_type, e.classification_identifier, e.kind,
       e.source_ip, e.source_port, e.source_fqdn, e.source_url, e.source_asn, e.source_as_name,
       e.source_geolocation_cc, e.source_geolocation_region, e.source_geolocation_city,
       e.destination_ip, e.destination_port, e.malware_name, e.registered_domain, e.domestic, e.government, e.tlp
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
ORDER BY e.time_source DESC, e.dedup_key DESC
LIMIT :limit OFFSET :offset
