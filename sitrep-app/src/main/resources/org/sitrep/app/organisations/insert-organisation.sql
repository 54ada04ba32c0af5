INSERT INTO organisations (id, name, kind, country, created_at) VALUES (:id, :name, :kind, :country, :createdAt)
