DELETE FROM lookup_keys
