INSERT INTO users (username, password_hash, role, organisation_id, disabled, created_at) VALUES (:username, :passwordHash, :role, :organisationId, false, :createdAt)
