DELETE FROM vulnerabilities WHERE id IN (SELECT id FROM lookup_keys) OR id IN (SELECT id FROM vulnerabilities_staging)
