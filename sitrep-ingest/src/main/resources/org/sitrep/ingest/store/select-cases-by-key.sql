SELECT c.* FROM cases c WHERE c.id IN (SELECT id FROM lookup_keys)
