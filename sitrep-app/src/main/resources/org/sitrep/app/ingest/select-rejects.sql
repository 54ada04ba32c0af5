-- A page of a run's rejects in the order of the input (file, then line).
SELECT file, line, field, code, detail
FROM rejects
WHERE run_id = :run
ORDER BY file, line, code
LIMIT :limit OFFSET :offset
