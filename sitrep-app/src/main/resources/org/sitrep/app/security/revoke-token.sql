UPDATE api_tokens SET revoked_at = :now, revoked_by = :actor WHERE id = :id AND revoked_at IS NULL
