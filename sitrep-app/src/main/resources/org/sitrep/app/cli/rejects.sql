SELECT r.run_id, r.file, r.line, r.field, r.code, r.detail
FROM rejects r
WHERE (CAST(? AS VARCHAR) IS NULL OR r.file LIKE '%' || CAST(? AS VARCHAR))
ORDER BY r.run_id DESC, r.line
LIMIT ?
