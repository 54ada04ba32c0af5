-- A token of the load run's user, kept as the server keeps tokens: by their SHA-256.
INSERT INTO api_tokens (id, token_sha256, name, username, role, created_at)
VALUES (?, ?, 'load run', ?, ?, CAST(? AS TIMESTAMP))
