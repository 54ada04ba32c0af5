SELECT p.case_id, p.name, p.kind, p.country FROM case_partners p WHERE p.case_id IN (SELECT id FROM lookup_keys) ORDER BY p.case_id, p.position
