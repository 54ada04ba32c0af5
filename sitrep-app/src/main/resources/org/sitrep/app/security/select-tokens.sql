SELECT id, name, username, role, created_at, expires_at, revoked_at, revoked_by FROM api_tokens ORDER BY created_at, id
