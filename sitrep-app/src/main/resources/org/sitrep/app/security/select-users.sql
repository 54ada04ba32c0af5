SELECT username, password_hash, role, organisation_id, disabled, created_at FROM users ORDER BY username
