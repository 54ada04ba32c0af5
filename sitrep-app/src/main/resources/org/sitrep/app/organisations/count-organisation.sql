SELECT count(*) FROM organisations WHERE id = :id
