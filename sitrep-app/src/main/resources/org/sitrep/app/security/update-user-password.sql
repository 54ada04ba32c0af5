UPDATE users SET password_hash = :passwordHash WHERE username = :username
