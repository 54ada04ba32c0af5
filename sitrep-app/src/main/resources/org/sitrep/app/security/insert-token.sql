INSERT INTO api_tokens (id, token_sha256, name, username, role, created_at, expires_at, revoked_at, revoked_by) VALUES (:id, :sha256, :name, :username, :role, :createdAt, :expiresAt, NULL, NULL)
