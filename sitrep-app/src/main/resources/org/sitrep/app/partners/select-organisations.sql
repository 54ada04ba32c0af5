SELECT id, name, kind, country, created_at FROM organisations ORDER BY id
