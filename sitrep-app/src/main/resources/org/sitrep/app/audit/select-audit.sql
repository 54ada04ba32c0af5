SELECT seq, occurred_at, actor, action, target, detail, source FROM audit_trail WHERE seq > :after AND (CAST(:action AS VARCHAR) IS NULL OR action = :action) ORDER BY seq LIMIT :limit
