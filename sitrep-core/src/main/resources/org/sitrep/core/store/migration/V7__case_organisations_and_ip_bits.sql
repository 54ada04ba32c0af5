-- Schema version 7: partner scoping for the service (docs/adr/014-partner-scoping.md).
-- 1. Which partner organisations a case concerns, one row per pair. The incident feed's case_partners names are
--    free text ("Example Registrar Ltd.", "example registrar"); a case is shown to a partner only through an
--    explicit link made by staff (the coordination workflow), never by matching names.
CREATE TABLE case_organisations (
    case_id          VARCHAR NOT NULL,
    organisation_id  VARCHAR NOT NULL,
    linked_at        TIMESTAMP NOT NULL,
    linked_by        VARCHAR NOT NULL,
    PRIMARY KEY (case_id, organisation_id)
);
-- 2. An address as its bits, for CIDR containment without DuckDB's inet extension (which is downloaded, not
--    bundled): '4' and 32 bits for IPv4, '6' and 128 bits for IPv6, NULL for anything else. An address lies in
--    a network when its bits start with the network's family and first prefix-length bits. Addresses are stored
--    in canonical text form (spec/events.md), so the forms read here are a.b.c.d and RFC 5952 IPv6.
CREATE MACRO ip6_padded(ip) AS
    CASE WHEN ip LIKE '::%' THEN '0' ELSE '' END || ip || CASE WHEN ip LIKE '%::' THEN '0' ELSE '' END;
CREATE MACRO ip6_groups(ip) AS string_split(
    replace(ip6_padded(ip), '::',
        ':' || repeat('0:', 8 - (length(ip6_padded(ip)) - length(replace(ip6_padded(ip), ':', ''))))),
    ':');
CREATE MACRO ip_bits(ip) AS CASE
    WHEN regexp_full_match(ip, '(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}')
        THEN '4' || array_to_string(list_transform(string_split(ip, '.'),
            lambda octet: lpad(bin(TRY_CAST(octet AS UTINYINT)), 8, '0')), '')
    WHEN regexp_full_match(ip, '[0-9a-f:]{2,39}') AND ip LIKE '%:%'
        THEN '6' || array_to_string(list_transform(ip6_groups(ip),
            lambda hextet: lpad(bin(TRY_CAST('0x' || hextet AS USMALLINT)), 16, '0')), '')
    END;
