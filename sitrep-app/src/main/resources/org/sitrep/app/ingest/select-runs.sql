-- Ingest runs, the latest first; :id, when set, that run only.
SELECT id, file, digest, format, started_at, finished_at, read_count, accepted_count, duplicate_count,
       skipped_count, rejected_count, status
FROM ingest_runs
WHERE CAST(:id AS BIGINT) IS NULL OR id = :id
ORDER BY id DESC
LIMIT :limit OFFSET :offset
