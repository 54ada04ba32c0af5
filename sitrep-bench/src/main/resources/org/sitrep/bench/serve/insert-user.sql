-- A user for the load run; its password hash matches no password: it signs in with its token only.
INSERT INTO users (username, password_hash, role, organisation_id, disabled, created_at)
VALUES (?, '{noop}!', ?, NULL, FALSE, CAST(? AS TIMESTAMP))
