-- How many stored vulnerabilities the filters of select-vulnerabilities.sql match.
SELECT COUNT(*)
FROM vulnerabilities
WHERE (CAST(:first_day AS DATE) IS NULL OR (published >= :first_day AND published < :next_first_day))
  AND (CAST(:severity AS VARCHAR) IS NULL OR LOWER(severity) = :severity)
  AND (CAST(:cve AS VARCHAR) IS NULL OR UPPER(id) = :cve OR UPPER(aliases) LIKE '%"' || :cve || '"%')
  AND (CAST(:vendor AS VARCHAR) IS NULL OR LOWER(vendor) = LOWER(:vendor))
