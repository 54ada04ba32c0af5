-- One page of the stored vulnerabilities, newest published first: of the week of publication (first_day ..
-- next_first_day), of one severity, with an id or alias, of one vendor (any case); a NULL parameter filters nothing.
SELECT *
FROM vulnerabilities
WHERE (CAST(:first_day AS DATE) IS NULL OR (published >= :first_day AND published < :next_first_day))
  AND (CAST(:severity AS VARCHAR) IS NULL OR LOWER(severity) = :severity)
  AND (CAST(:cve AS VARCHAR) IS NULL OR UPPER(id) = :cve OR UPPER(aliases) LIKE '%"' || :cve || '"%')
  AND (CAST(:vendor AS VARCHAR) IS NULL OR LOWER(vendor) = LOWER(:vendor))
ORDER BY published DESC, id
LIMIT :limit OFFSET :offset
