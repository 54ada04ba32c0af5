SELECT v.* FROM vulnerabilities v WHERE v.id IN (SELECT id FROM lookup_keys)
